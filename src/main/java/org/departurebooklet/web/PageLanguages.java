package org.departurebooklet.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.departurebooklet.Booklets;

/**
 * Picks the language of the page: {@code ?lang=xx} when it names a page language, else the best
 * match for the browser's Accept-Language, else English. Stateless and thread-safe.
 */
public final class PageLanguages {

  public static final String DEFAULT = Booklets.DEFAULT_LANGUAGE;
  private static final int MAX_HEADER = 256;

  private final Set<String> codes;

  public PageLanguages(Set<String> codes) {
    this.codes = Set.copyOf(codes);
  }

  public String pick(String langParam, String acceptLanguage) {
    if (langParam != null && codes.contains(langParam.toLowerCase(Locale.ROOT))) {
      return langParam.toLowerCase(Locale.ROOT);
    }
    if (acceptLanguage == null
        || acceptLanguage.isBlank()
        || acceptLanguage.length() > MAX_HEADER) {
      return DEFAULT;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
      List<String> tags = new ArrayList<>(codes);
      String match = Locale.lookupTag(ranges, tags);
      if (match == null) {
        // "ja-JP" alone does not match "ja" in a lookup; try the primary language of each range.
        for (Locale.LanguageRange range : ranges) {
          String primary = range.getRange().split("-", 2)[0];
          if (range.getWeight() > 0 && codes.contains(primary)) {
            return primary;
          }
        }
        return DEFAULT;
      }
      return match;
    } catch (IllegalArgumentException malformed) {
      return DEFAULT;
    }
  }
}
