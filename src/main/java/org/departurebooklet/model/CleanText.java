package org.departurebooklet.model;

import java.text.Normalizer;

/**
 * Cleans untrusted text at the input boundary: drops control characters, bidi overrides and
 * invisible format characters (they break XML, reorder what is displayed, or hide in file names),
 * turns line breaks and tabs into spaces, collapses runs of spaces and normalizes to NFC.
 * Stateless and thread-safe.
 */
public final class CleanText {

  private CleanText() {}

  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean lastSpace = true;
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
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
    return out.substring(0, end);
  }

  /** Control, format (bidi marks and overrides, zero-width), private-use and unassigned code points. */
  static boolean isInvisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED;
  }
}
