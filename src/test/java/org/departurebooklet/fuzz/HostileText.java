package org.departurebooklet.fuzz;

import static org.departurebooklet.fuzz.Gen.weight;

import java.util.List;

/**
 * Text that has broken text handling somewhere: control and format characters, bidi overrides,
 * zero-width and filler characters, lone surrogate halves, combining marks, noncharacters,
 * private-use and unassigned code points, markup, and letters of the scripts students write their
 * names in. Stateless.
 */
public final class HostileText {

  /** Code points worth trying on their own (a surrogate half here is a lone {@code char}). */
  public static final List<Integer> TRAPS =
      List.of(
          0x00, 0x01, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F,
          0xA0, 0xAD, 0x034F, 0x061C, 0x115F, 0x1160, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E,
          0x200F, 0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2064,
          0x2066, 0x2067, 0x2068, 0x2069, 0x206A, 0x206F, 0x3000, 0x3164, 0xFE0F, 0xFEFF, 0xFFA0,
          0xFFF9, 0xFFFB, 0xFFFC, 0xFFFD, 0xFFFE, 0xFFFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000,
          0xF8FF, 0x1F600, 0x1F1EF, 0x1D173, 0xE0001, 0xE0041, 0xE007F, 0xF0000, 0x10FFFF, 0x0301,
          0x0308, 0x0323, 0x0338, 0x20DD, 0x3099, 0x1100, 0x302A, 0x16FE4);

  /** Invisible characters cleaning must drop (none of them a space). */
  public static final List<Integer> INVISIBLE =
      List.of(
          0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202E, 0x2060, 0x2066, 0x2069, 0xFEFF,
          0x061C, 0x3164, 0x115F, 0xFFA0, 0x00AD, 0x0000, 0x0001, 0x007F, 0x009F, 0xE000, 0xE0041,
          0xFFFE);

  /** Characters a template, a parser or a spreadsheet gives a meaning to. */
  public static final List<String> MARKUP =
      List.of(
          "<",
          ">",
          "&",
          "&amp;",
          "\"",
          "'",
          "{{",
          "}}",
          "{{{",
          "</p>",
          "<img src=x>",
          "]]>",
          "<!--",
          "/",
          "\\",
          "../",
          "%",
          "%00",
          "#",
          ": ",
          " #",
          "- ",
          "=",
          "+",
          "@",
          ",",
          ";",
          "\u00A0");

  /**
   * Ranges of letters of the scripts the booklet prints, {first, last}: Latin with diacritics,
   * Vietnamese, kana, kanji, hangul, and combining accents.
   */
  private static final List<char[]> LETTERS =
      List.of(
          new char[] {'a', 'z'},
          new char[] {'A', 'Z'},
          new char[] {'\u00C0', '\u00FF'},
          new char[] {'\u0100', '\u017F'},
          new char[] {'\u1EA0', '\u1EF9'},
          new char[] {'\u3041', '\u3096'},
          new char[] {'\u30A1', '\u30FA'},
          new char[] {'\u4E00', '\u4FFF'},
          new char[] {'\uAC00', '\uD7A3'},
          new char[] {'\u0300', '\u036F'});

  private HostileText() {}

  /** One trap character as a string. */
  public static Gen<String> trap() {
    return Gen.oneOf(TRAPS).map(HostileText::string);
  }

  /** A run of 1 to {@code maxLength} letters of one of the booklet's scripts. */
  public static Gen<String> letters(int maxLength) {
    return random -> {
      char[] range = LETTERS.get(random.nextInt(LETTERS.size()));
      int length = 1 + random.nextInt(maxLength);
      StringBuilder out = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        out.append((char) (range[0] + random.nextInt(range[1] - range[0] + 1)));
      }
      return out.toString();
    };
  }

  /**
   * Any text: traps, markup, letters, spaces of every kind and fully random {@code char}s and code
   * points, up to {@code maxPieces} pieces.
   */
  public static Gen<String> any(int maxPieces) {
    Gen<String> piece =
        Gen.frequency(
            weight(4, trap()),
            weight(4, letters(8)),
            weight(2, Gen.oneOf(MARKUP)),
            weight(2, Gen.oneOf(" ", "  ", "\t", "\n", "\r\n", "\r", "\u3000", "\u2003")),
            weight(2, random -> String.valueOf((char) random.nextInt(0x10000))),
            weight(2, random -> string(random.nextInt(Character.MAX_CODE_POINT + 1))));
    return Gen.joined(piece, 0, maxPieces);
  }

  /**
   * A name a student could type, decorated with what cleaning must remove: letters of the booklet's
   * scripts, spaces, markup, and now and then an invisible character. Never a lone surrogate or an
   * unassigned code point (those are {@link #any}'s business).
   */
  public static Gen<String> name() {
    Gen<String> piece =
        Gen.frequency(
            weight(10, letters(10)),
            weight(3, Gen.oneOf(" ", " ", "-", "'", "・", "\u3000")),
            weight(1, Gen.oneOf(MARKUP)),
            weight(
                2,
                Gen.oneOf(
                        0x01, 0x1B, 0x7F, 0x200B, 0x200E, 0x202E, 0x2066, 0xFEFF, 0x3164, 0x0301,
                        0x09)
                    .map(HostileText::string)));
    return Gen.joined(piece, 1, 12);
  }

  /**
   * Short strings that look like a code (a country, a language), with the characters whose case
   * mapping lands on ASCII: long s, dotless i, the Kelvin sign, sharp s, ligatures, full-width
   * letters.
   */
  public static Gen<String> codeLike(int maxLength) {
    Gen<String> c =
        Gen.frequency(
            weight(6, random -> String.valueOf((char) ('a' + random.nextInt(26)))),
            weight(6, random -> String.valueOf((char) ('A' + random.nextInt(26)))),
            weight(
                3,
                Gen.oneOf(
                    "\u017F", "\u0131", "\u0130", "\u212A", "\u212B", "\u00DF", "\uFB00", "\uFB01",
                    "\uFB06", "\u1E9E", "\u01C5", "\u03A3")),
            weight(1, random -> String.valueOf((char) ('\uFF21' + random.nextInt(26)))),
            weight(1, Gen.oneOf("-", " ", "\u200B", "\u00AD")));
    return Gen.joined(c, 1, maxLength);
  }

  /**
   * {@code code} (ASCII) with each letter as written, in the other case, or as a character whose
   * upper or lower case is that letter ({@code ſ} for s, {@code ı} for i, the Kelvin sign for k).
   */
  public static Gen<String> variantOf(String code) {
    return random -> {
      StringBuilder out = new StringBuilder();
      code.chars().forEach(c -> out.append(variant((char) c, random.nextInt(12))));
      return out.toString();
    };
  }

  /**
   * {@code c} for picks 0 to 7, its lower and upper case for 8 and 9, a look-alike for 10 and 11.
   */
  private static String variant(char c, int pick) {
    if (pick >= 10) {
      return switch (Character.toLowerCase(c)) {
        case 's' -> "\u017F";
        case 'i' -> "\u0131";
        case 'k' -> "\u212A";
        default -> String.valueOf(c);
      };
    }
    return String.valueOf(
        pick == 8 ? Character.toLowerCase(c) : pick == 9 ? Character.toUpperCase(c) : c);
  }

  /** {@code text} without its lone surrogate halves (what a file or a form cannot carry). */
  public static String wellFormed(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(cp -> !Character.isSurrogate((char) cp) || cp > 0xFFFF)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** {@code cp} as a string; a surrogate half becomes a lone {@code char}. */
  public static String string(int cp) {
    return new String(Character.toChars(cp));
  }
}
