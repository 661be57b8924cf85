package org.departurebooklet.io;

/**
 * Text from a file or a form made safe to print in a terminal or a log line: control characters (a
 * tab, a line break inside a key, an escape sequence) and invisible format characters (bidi
 * overrides, zero-width marks) are shown as a backslash, u and four hex digits, so one problem
 * stays one line and nobody's file can recolour or reorder what an operator reads. Stateless.
 */
public final class Printable {

  private Printable() {}

  /** {@code text} with every control and format character written as a backslash-u escape. */
  public static String line(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      int type = Character.getType(c);
      boolean hidden =
          type == Character.CONTROL
              || type == Character.FORMAT
              || type == Character.SURROGATE
              || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR;
      if (hidden && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (hidden) {
        out.append(c > 0xFFFF ? String.format("\\u{%X}", c) : String.format("\\u%04X", c));
      } else if (out != null) {
        out.appendCodePoint(c);
      }
      i += width;
    }
    return out == null ? text : out.toString();
  }

  /** Each line of a message made printable, the line breaks between them kept. */
  public static String lines(String message) {
    return String.join(System.lineSeparator(), message.lines().map(Printable::line).toList());
  }
}
