package org.departurebooklet.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.content.ContentLoader;

/**
 * The characters that the trimmed fonts hold (see {@link FontLibrary}): every character of the
 * content and template files; what the JDK writes in each content language (country names, month
 * and weekday names); and the blocks that names in Latin script or kana are written in. Names in
 * kanji, hanzi or hangul fall outside it, and their booklets use the full fonts.
 */
public final class Repertoire {

  /** Blocks kept whatever the content says: Latin with diacritics (Vietnamese too), kana, punctuation. */
  private static final int[][] NAME_BLOCKS = {
      {0x0020, 0x024F}, // Basic Latin to Latin Extended-B
      {0x0300, 0x036F}, // combining diacritical marks
      {0x1E00, 0x1EFF}, // Latin Extended Additional (Vietnamese)
      {0x2000, 0x206F}, // general punctuation
      {0x3000, 0x30FF}, // CJK symbols and punctuation, hiragana, katakana
      {0xFF01, 0xFF5E}, // fullwidth forms
  };

  private Repertoire() {}

  /** The repertoire for these content and template folders. */
  public static BitSet of(AssetDirs dirs) {
    BitSet set = new BitSet();
    for (int[] block : NAME_BLOCKS) {
      set.set(block[0], block[1] + 1);
    }
    for (String language : ContentLoader.languages(dirs.content())) {
      jdkText(Locale.forLanguageTag(language)).codePoints().filter(cp -> cp <= 0xFFFF).forEach(set::set);
    }
    for (Path dir : List.of(dirs.content(), dirs.templates())) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(Files::isRegularFile).forEach(file -> add(set, file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + dir.toUri(), e);
      }
    }
    return set;
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

  private static void add(BitSet set, Path file) {
    try {
      new String(Files.readAllBytes(file), StandardCharsets.UTF_8).codePoints()
          .filter(cp -> cp <= 0xFFFF && !Character.isISOControl(cp))
          .forEach(set::set);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.toUri(), e);
    }
  }
}
