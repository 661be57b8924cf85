package org.departurebooklet.web;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The countries a student can name as their next one: every ISO 3166-1 country, named in each page
 * language from the JDK's locale data. The form suggests the names in the page's language; what
 * the student types or picks is read back as a country name in any page language (compared after
 * NFKC, trimmed, ignoring case and runs of spaces; "Myanmar" does for "Myanmar (Burma)") or as a
 * two-letter code. Japan is known but not
 * suggested: the student is leaving it. Immutable and thread-safe.
 */
public final class Countries {

  /** The country the students leave. */
  public static final String JAPAN = "JP";

  private static final Set<String> CODES = Set.of(Locale.getISOCountries());
  private static final Pattern BRACKETED = Pattern.compile("\\s*[(（][^)）]*[)）]");

  /** Page language to its sorted names (Japan left out). */
  private final Map<String, List<String>> suggestions = new TreeMap<>();
  /** Page language to (name in that language, as compared) to code. */
  private final Map<String, Map<String, String>> byName = new TreeMap<>();

  public Countries(Set<String> pageLanguages) {
    for (String lang : pageLanguages) {
      Locale locale = Locale.forLanguageTag(lang);
      Map<String, String> names = new LinkedHashMap<>();
      for (String code : Locale.getISOCountries()) {
        names.put(code, name(code, locale));
      }
      Collator collator = Collator.getInstance(locale);
      suggestions.put(lang, names.entrySet().stream()
          .filter(e -> !e.getKey().equals(JAPAN))
          .map(Map.Entry::getValue)
          .sorted(Comparator.comparing(s -> s, collator))
          .toList());
      Map<String, String> lookup = new HashMap<>();
      names.forEach((code, name) -> lookup.putIfAbsent(key(name), code));
      // "Myanmar" for "Myanmar (Burma)": the name without its bracketed part, when no other has it.
      names.forEach((code, name) -> lookup.putIfAbsent(key(BRACKETED.matcher(name).replaceAll("")), code));
      byName.put(lang, Map.copyOf(lookup));
    }
  }

  /** The names to suggest on a page in {@code lang}, in that language's alphabetical order, without Japan. */
  public List<String> suggestions(String lang) {
    return suggestions.getOrDefault(lang, List.of());
  }

  /** The country's name in {@code lang}. */
  public String name(String code, String lang) {
    return name(code, Locale.forLanguageTag(lang));
  }

  /**
   * The code of what a student typed: a two-letter code, or a name in the page's language first,
   * then in the other page languages. Japan is returned as {@link #JAPAN} for the caller to refuse.
   */
  public Optional<String> code(String typed, String pageLang) {
    String key = key(typed);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String upper = key.toUpperCase(Locale.ROOT);
    if (upper.length() == 2 && CODES.contains(upper)) {
      return Optional.of(upper);
    }
    Optional<String> own = Optional.ofNullable(byName.getOrDefault(pageLang, Map.of()).get(key));
    if (own.isPresent()) {
      return own;
    }
    return byName.values().stream().map(m -> m.get(key)).filter(c -> c != null).findFirst();
  }

  private static String name(String code, Locale locale) {
    String name = new Locale("", code).getDisplayCountry(locale);
    return name.isEmpty() ? code : name;
  }

  /** How names are compared: NFKC (full-width letters as ASCII), trimmed, one space, no case. */
  static String key(String s) {
    String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    return nfkc.toLowerCase(Locale.ROOT);
  }
}
