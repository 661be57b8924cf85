package org.departurebooklet.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.content.ContentLoader;

/**
 * The characters that the trimmed fonts hold (see {@link FontLibrary}): every character of the
 * content and template files (CSS escapes such as {@code "\2192"} read as the characters they stand
 * for); what the JDK writes in each content language (country names, month and weekday names); the
 * blocks that names in Latin script or kana are written in; the digits of every list style
 * OpenHTMLtoPDF draws; and the upper, lower and title case of all of these, because CSS {@code
 * text-transform} changes text after the check. Names in kanji, hanzi or hangul fall outside it,
 * and their booklets use the full fonts.
 */
public final class Repertoire {

  /**
   * Blocks kept whatever the content says: Latin with diacritics (Vietnamese too), kana,
   * punctuation.
   */
  private static final int[][] NAME_BLOCKS = {
    {0x0020, 0x024F}, // Basic Latin to Latin Extended-B
    {0x0300, 0x036F}, // combining diacritical marks
    {0x0660, 0x0669}, // Arabic-Indic digits (list-style-type: arabic-indic)
    {0x1E00, 0x1EFF}, // Latin Extended Additional (Vietnamese)
    {0x2000, 0x206F}, // general punctuation
    {0x3000, 0x30FF}, // CJK symbols and punctuation, hiragana, katakana
    {0xFF01, 0xFF5E}, // fullwidth forms
  };

  /** Files read for characters: the text the content and templates are written in. */
  private static final Pattern TEXT_FILE = Pattern.compile(".*\\.(ya?ml|mustache|css|html?|txt)");

  /** A CSS escape: a backslash and up to six hexadecimal digits. */
  private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\([0-9A-Fa-f]{1,6})");

  private Repertoire() {}

  /** The repertoire for these content and template folders. */
  public static BitSet of(AssetDirs dirs) {
    BitSet set = new BitSet();
    for (int[] block : NAME_BLOCKS) {
      set.set(block[0], block[1] + 1);
    }
    List<Locale> locales = new ArrayList<>(List.of(Locale.ROOT));
    for (String language : ContentLoader.languages(dirs.content())) {
      Locale locale = Locale.forLanguageTag(language);
      locales.add(locale);
      add(set, jdkText(locale));
    }
    for (Path dir : List.of(dirs.content(), dirs.templates())) {
      for (Path file : textFiles(dir)) {
        add(
            set,
            new String(
                AssetDirs.read(dir, dir.relativize(file).toString()), StandardCharsets.UTF_8));
      }
    }
    addCaseForms(set, locales);
    return set;
  }

  /** Adds the characters of {@code text}, and those its CSS escapes stand for (BMP only). */
  private static void add(BitSet set, String text) {
    text.codePoints().filter(cp -> cp <= 0xFFFF && !Character.isISOControl(cp)).forEach(set::set);
    Matcher escape = CSS_ESCAPE.matcher(text);
    while (escape.find()) {
      int cp = HexFormat.fromHexDigits(escape.group(1));
      if (cp <= 0xFFFF) {
        set.set(cp);
      }
    }
  }

  /** Adds the upper, lower and title case forms of every character, in every locale given. */
  private static void addCaseForms(BitSet set, List<Locale> locales) {
    BitSet todo = (BitSet) set.clone();
    while (!todo.isEmpty()) {
      BitSet found = new BitSet();
      for (int cp = todo.nextSetBit(0); cp >= 0 && cp <= 0xFFFF; cp = todo.nextSetBit(cp + 1)) {
        String c = String.valueOf((char) cp);
        StringBuilder forms = new StringBuilder().appendCodePoint(Character.toTitleCase(cp));
        for (Locale locale : locales) {
          forms.append(c.toUpperCase(locale)).append(c.toLowerCase(locale));
        }
        forms
            .codePoints()
            .filter(f -> f <= 0xFFFF && !set.get(f))
            .forEach(
                f -> {
                  set.set(f);
                  found.set(f);
                });
      }
      todo = found;
    }
  }

  /** Country names, month and weekday names as the JDK writes them in {@code locale}. */
  private static String jdkText(Locale locale) {
    StringBuilder text = new StringBuilder();
    for (String country : Locale.getISOCountries()) {
      text.append(new Locale("", country).getDisplayCountry(locale));
    }
    DateTimeFormatter names = DateTimeFormatter.ofPattern("EEEE E MMMM MMM LLLL LLL G", locale);
    for (int month = 1; month <= 12; month++) {
      for (int day = 1; day <= 7; day++) {
        text.append(names.format(LocalDate.of(2027, month, day)));
      }
    }
    return text.toString();
  }

  private static List<Path> textFiles(Path dir) {
    return AssetDirs.files(dir).stream()
        .filter(f -> TEXT_FILE.matcher(f.getFileName().toString()).matches())
        .toList();
  }
}
