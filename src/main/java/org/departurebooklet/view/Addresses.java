package org.departurebooklet.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.departurebooklet.io.Links;

/**
 * The address printed under a QR code, for a student holding the paper booklet without a camera. A
 * link short enough to type ({@link Links#typable}) is printed as it is: {@code kamome.asia},
 * {@code www.linkedin.com}. A longer one is printed as its site and the words that find the page
 * there, worded by the edition's {@code qr_search}: {@code nenkin.go.jp › search “lump-sum
 * withdrawal”}, {@code nenkin.go.jp で「脱退一時金」を検索}. The site and the quoted words are each kept on
 * one line, together with the characters written against them (a particle such as 에서, the quotes),
 * so a line breaks only at a space between them; the code and the link over it still carry the full
 * URL. A long link without words (a school's own page) is printed as it is, broken after a slash or
 * a dot. Stateless and thread-safe.
 */
final class Addresses {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(site|words)\\}");

  private Addresses() {}

  /** What is printed: the whole address as one text, and its pieces for the template. */
  record Address(String display, List<BookletView.AddressPart> parts) {}

  /**
   * @param words the words that find the page on its site (content's {@code search}), if given
   * @param format the edition's {@code qr_search}, holding {@code {site}} and {@code {words}}
   * @param language the edition's language: a Japanese term among the words is marked {@code ja} in
   *     every other
   */
  static Address of(String url, Optional<String> words, String format, String language) {
    String site = Links.site(url);
    if (Links.typable(url) || words.isEmpty() || site.isEmpty()) {
      String display = Links.display(url);
      return new Address(
          display, List.of(new BookletView.AddressPart(BookletView.Text.plain(display), false)));
    }
    String search = words.get().strip();
    StringBuilder out = new StringBuilder();
    List<int[]> kept = new ArrayList<>();
    int[] wordsAt = null;
    Matcher m = PLACEHOLDER.matcher(format);
    int last = 0;
    while (m.find()) {
      out.append(format, last, m.start());
      boolean isWords = m.group(1).equals("words");
      int start = out.length();
      out.append(isWords ? search : site);
      int[] range = {start, out.length()};
      if (isWords) {
        wordsAt = range.clone();
      }
      kept.add(range);
      last = m.end();
    }
    out.append(format, last, format.length());
    String display = out.toString();
    return new Address(display, parts(display, merged(display, kept), wordsAt, language));
  }

  /**
   * The kept ranges widened to the spaces around them (a quote or particle stays with its word), in
   * order, overlapping ones joined.
   */
  private static List<int[]> merged(String text, List<int[]> ranges) {
    List<int[]> widened = new ArrayList<>();
    for (int[] r : ranges) {
      int start = r[0];
      int end = r[1];
      while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
        start--;
      }
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      widened.add(new int[] {start, end});
    }
    widened.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] r : widened) {
      int[] previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (previous != null && r[0] <= previous[1]) {
        previous[1] = Math.max(previous[1], r[1]);
      } else {
        merged.add(r);
      }
    }
    return merged;
  }

  /** The pieces of {@code text}: the kept ranges and the free text between them. */
  private static List<BookletView.AddressPart> parts(
      String text, List<int[]> kept, int[] wordsAt, String language) {
    List<BookletView.AddressPart> parts = new ArrayList<>();
    int at = 0;
    for (int[] r : kept) {
      if (r[0] > at) {
        parts.add(
            new BookletView.AddressPart(BookletView.Text.plain(text.substring(at, r[0])), false));
      }
      parts.add(new BookletView.AddressPart(runs(text, r, wordsAt, language), true));
      at = r[1];
    }
    if (at < text.length()) {
      parts.add(new BookletView.AddressPart(BookletView.Text.plain(text.substring(at)), false));
    }
    return parts;
  }

  /**
   * The runs of one kept range: the words split by language as all text is ({@link ScriptRuns}: a
   * Japanese term in another edition is marked {@code ja}), the rest in the edition's language.
   */
  private static BookletView.Text runs(String text, int[] range, int[] wordsAt, String language) {
    if (wordsAt == null || wordsAt[0] < range[0] || wordsAt[1] > range[1]) {
      return BookletView.Text.plain(text.substring(range[0], range[1]));
    }
    List<BookletView.Run> runs = new ArrayList<>();
    if (wordsAt[0] > range[0]) {
      runs.add(new BookletView.Run(text.substring(range[0], wordsAt[0]), null));
    }
    runs.addAll(ScriptRuns.split(text.substring(wordsAt[0], wordsAt[1]), language).runs());
    if (range[1] > wordsAt[1]) {
      runs.add(new BookletView.Run(text.substring(wordsAt[1], range[1]), null));
    }
    return new BookletView.Text(runs);
  }
}
