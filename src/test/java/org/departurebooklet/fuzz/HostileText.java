package org.departurebooklet.fuzz;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Text that has broken text handling somewhere: control and format characters, bidi overrides,
 * zero-width and filler characters, lone surrogate halves, combining marks, noncharacters,
 * private-use and unassigned code points, markup, and letters of the scripts students write their
 * names in. Stateless; every method returns a new arbitrary.
 */
public final class HostileText {

  /** Code points worth trying on their own (a surrogate half here is a lone {@code char}). */
  public static final List<Integer> TRAPS = List.of(
      0x00, 0x01, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F,
      0xA0, 0xAD, 0x034F, 0x061C, 0x115F, 0x1160, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F,
      0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2064, 0x2066,
      0x2067, 0x2068, 0x2069, 0x206A, 0x206F, 0x3000, 0x3164, 0xFE0F, 0xFEFF, 0xFFA0, 0xFFF9,
      0xFFFB, 0xFFFC, 0xFFFD, 0xFFFE, 0xFFFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xF8FF,
      0x1F600, 0x1F1EF, 0x1D173, 0xE0001, 0xE0041, 0xE007F, 0xF0000, 0x10FFFF, 0x0301, 0x0308,
      0x0323, 0x0338, 0x20DD, 0x3099, 0x1100, 0x302A, 0x16FE4);

  /** Characters a template or a parser gives a meaning to. */
  private static final List<String> MARKUP = List.of("<", ">", "&", "&amp;", "\"", "'", "{{", "}}",
      "{{{", "</p>", "<img src=x>", "]]>", "<!--", "/", "\\", "../", "%", "%00", "#", ": ", " #", "- ",
      "=", "+", "@", ",", ";", "\u00A0");

  /**
   * Ranges of letters of the scripts the booklet prints: Latin with diacritics, Vietnamese,
   * kana, kanji, hangul, and combining accents.
   */
  private static final List<Tuple.Tuple2<Character, Character>> LETTERS = List.of(
      Tuple.of('a', 'z'), Tuple.of('A', 'Z'), Tuple.of('\u00C0', '\u00FF'), Tuple.of('\u0100', '\u017F'),
      Tuple.of('\u1EA0', '\u1EF9'), Tuple.of('\u3041', '\u3096'), Tuple.of('\u30A1', '\u30FA'),
      Tuple.of('\u4E00', '\u4FFF'), Tuple.of('\uAC00', '\uD7A3'), Tuple.of('\u0300', '\u036F'));

  private HostileText() {}

  /** One trap character as a string. */
  public static Arbitrary<String> trap() {
    return Arbitraries.of(TRAPS).map(HostileText::string);
  }

  /** A run of letters of one of the booklet's scripts (with combining accents now and then). */
  public static Arbitrary<String> letters(int maxLength) {
    return Arbitraries.of(LETTERS).flatMap(range ->
        Arbitraries.strings().withCharRange(range.get1(), range.get2()).ofMinLength(1).ofMaxLength(maxLength));
  }

  /**
   * Any text: traps, markup, letters, spaces of every kind and fully random {@code char}s and code
   * points, up to {@code maxPieces} pieces.
   */
  public static Arbitrary<String> any(int maxPieces) {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(4, trap()),
        Tuple.of(4, letters(8)),
        Tuple.of(2, Arbitraries.of(MARKUP)),
        Tuple.of(2, Arbitraries.of(" ", "  ", "\t", "\n", "\r\n", "\u3000", "\u2003")),
        Tuple.of(2, Arbitraries.chars().all().map(String::valueOf)),
        Tuple.of(2, Arbitraries.integers().between(0, Character.MAX_CODE_POINT).map(HostileText::string)));
    return piece.list().ofMaxSize(maxPieces).map(pieces -> String.join("", pieces));
  }

  /**
   * A name a student could type, decorated with what cleaning must remove: letters of the
   * booklet's scripts, spaces, markup, and now and then an invisible character. Never a lone
   * surrogate or an unassigned code point (those are {@link #any}'s business).
   */
  public static Arbitrary<String> name() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(10, letters(10)),
        Tuple.of(3, Arbitraries.of(" ", " ", "-", "'", "・", "\u3000")),
        Tuple.of(1, Arbitraries.of(MARKUP)),
        Tuple.of(2, Arbitraries.of(0x01, 0x1B, 0x7F, 0x200B, 0x200E, 0x202E, 0x2066, 0xFEFF, 0x3164, 0x0301, 0x09)
            .map(HostileText::string)));
    return piece.list().ofMinSize(1).ofMaxSize(12).map(pieces -> String.join("", pieces));
  }

  /**
   * Short strings that look like a code (a country, a language), with the characters whose case
   * mapping lands on ASCII: long s, dotless i, the Kelvin sign, sharp s, ligatures, full-width letters.
   */
  public static Arbitrary<String> codeLike(int maxLength) {
    Arbitrary<Character> c = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.chars().range('a', 'z')),
        Tuple.of(6, Arbitraries.chars().range('A', 'Z')),
        Tuple.of(3, Arbitraries.of('\u017F', '\u0131', '\u0130', '\u212A', '\u212B', '\u00DF', '\uFB00', '\uFB01',
            '\uFB06', '\u1E9E', '\u01C5', '\u03A3')),
        Tuple.of(1, Arbitraries.chars().range('\uFF21', '\uFF3A')),
        Tuple.of(1, Arbitraries.of('-', ' ', '\u200B', '\u00AD')));
    return c.list().ofMinSize(1).ofMaxSize(maxLength)
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /**
   * {@code code} (ASCII) with each letter as written, in the other case, or as a character whose
   * upper or lower case is that letter ({@code ſ} for s, {@code ı} for i, the Kelvin sign for k).
   */
  public static Arbitrary<String> variantOf(String code) {
    List<Arbitrary<String>> chars = code.chars().mapToObj(c -> variants((char) c)).toList();
    return Combinators.combine(chars).as(parts -> String.join("", parts));
  }

  private static Arbitrary<String> variants(char c) {
    String lower = String.valueOf(Character.toLowerCase(c));
    String upper = String.valueOf(Character.toUpperCase(c));
    String lookAlike = switch (Character.toLowerCase(c)) {
      case 's' -> "\u017F";
      case 'i' -> "\u0131";
      case 'k' -> "\u212A";
      default -> String.valueOf(c);
    };
    return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(String.valueOf(c))),
        Tuple.of(3, Arbitraries.of(lower, upper)), Tuple.of(1, Arbitraries.just(lookAlike)));
  }

  /** {@code cp} as a string; a surrogate half becomes a lone {@code char}. */
  public static String string(int cp) {
    return new String(Character.toChars(cp));
  }
}
