package org.departurebooklet.model;

import java.text.Normalizer;

/**
 * Cleans untrusted text at the input boundary: drops control characters, bidi overrides and
 * invisible format characters (they break XML, reorder what is displayed, or hide in file names),
 * turns line breaks and tabs into spaces, collapses runs of spaces and normalizes to NFC. NFC comes
 * last: a mark that an invisible character kept apart from its letter joins it once that character
 * is gone ({@code a U+200B U+0301} is {@code á}), so cleaned text is composed and cleaning it again
 * changes nothing. Stateless and thread-safe.
 */
public final class CleanText {

  private CleanText() {}

  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(raw.length());
    boolean lastSpace = true;
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        if (!lastSpace) {
          out.append(' ');
          lastSpace = true;
        }
      } else if (!isInvisible(cp)) {
        out.appendCodePoint(cp);
        lastSpace = false;
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    return Normalizer.normalize(out.substring(0, end), Normalizer.Form.NFC);
  }

  /**
   * Whether {@code text} has at least one letter (of any script, ideographs included): a name of
   * only combining marks, digits or punctuation prints as nothing a reader could call a name.
   */
  public static boolean hasLetter(String text) {
    return text.codePoints().anyMatch(cp -> Character.isLetter(cp) && !isInvisible(cp));
  }

  /**
   * Control, format (bidi marks and overrides, zero-width), private-use and unassigned code points,
   * and the Hangul fillers: letters to Java, but default-ignorable in Unicode, so they print as
   * blank space (a "name" of U+3164 alone looks empty).
   */
  static boolean isInvisible(int cp) {
    if (cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED;
  }
}
