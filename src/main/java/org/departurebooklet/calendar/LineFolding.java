package org.departurebooklet.calendar;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Folds content lines at 75 octets of UTF-8, as RFC 5545 3.1 asks, never inside a character.
 *
 * <p>The writing library (biweekly, through vinnie's {@code FoldedLineWriter}) counts 75 UTF-16
 * chars, not octets: a line of Japanese text came out at up to 225 octets. So the library writes
 * unfolded lines and this class folds them: a line break goes before the code point that would take
 * the physical line past 75 octets, and each continuation line starts with one space, which counts
 * toward its 75. Unfolding (removing each CRLF followed by one space) gives the original line back.
 *
 * <p>Stateless and thread-safe.
 */
final class LineFolding {

  static final int MAX_OCTETS = 75;
  private static final String CRLF = "\r\n";

  private LineFolding() {}

  /**
   * @param unfolded content lines, each ending in CRLF, none holding a CR or LF of its own
   * @return the same lines folded, as UTF-8
   */
  static byte[] fold(String unfolded) {
    if (!unfolded.isEmpty() && !unfolded.endsWith(CRLF)) {
      throw new IllegalArgumentException("content lines must end in CRLF");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(unfolded.length() * 2);
    int start = 0;
    while (start < unfolded.length()) {
      int end = unfolded.indexOf(CRLF, start);
      foldLine(unfolded.substring(start, end), out);
      start = end + CRLF.length();
    }
    return out.toByteArray();
  }

  private static void foldLine(String line, ByteArrayOutputStream out) {
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      if (codePoint == '\r' || codePoint == '\n') {
        throw new IllegalArgumentException("a content line holds a bare CR or LF at index " + i);
      }
      byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
      if (octets + bytes.length > MAX_OCTETS) {
        out.writeBytes(new byte[] {'\r', '\n', ' '});
        octets = 1;
      }
      out.writeBytes(bytes);
      octets += bytes.length;
      i += Character.charCount(codePoint);
    }
    out.writeBytes(new byte[] {'\r', '\n'});
  }
}
