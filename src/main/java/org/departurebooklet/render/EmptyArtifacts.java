package org.departurebooklet.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Removes empty artifact sequences from an uncompressed page content stream.
 *
 * <p>OpenHTMLtoPDF opens an artifact around every block box's background and border, whether or not
 * the box paints one ({@code Box.hasNonTextContent} reads {@code background-image} as an ident, but
 * it is always a list). A booklet gets about 1,900 such sequences, over 90% of them empty: {@code
 * /Artifact /Prop12 BDC} directly followed by {@code EMC}, each with a property list in the page
 * resources that must be numbered, written and compressed. An empty marked-content sequence draws
 * nothing and is not part of the structure tree, so removing it changes neither the page nor what
 * assistive technology reads.
 *
 * <p>The scan understands just enough of the content-stream syntax to be safe: a match counts only
 * at the start of a line and outside literal and hexadecimal strings (glyph codes in a string can
 * be any bytes). A stream with an inline image is left as it is.
 */
final class EmptyArtifacts {

  private static final byte[] OPEN = "/Artifact /".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CLOSE = " BDC\nEMC\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] INLINE_IMAGE = "BI\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "EMC\n".getBytes(StandardCharsets.US_ASCII);

  /** The stream without its empty artifacts, and the property names those referred to. */
  record Result(byte[] content, Set<String> removed, Set<String> kept) {}

  private EmptyArtifacts() {}

  static Result strip(byte[] content) {
    Set<String> removed = new HashSet<>();
    Set<String> kept = new HashSet<>();
    byte[] current = content;
    // A pass runs again only when a removal left an enclosing sequence possibly empty, which the
    // booklets never have (artifacts are not nested); each pass only ever shortens the stream.
    for (int pass = 0; pass < 8; pass++) {
      kept.clear();
      Pass result = pass(current, removed, kept);
      if (result == null) {
        return new Result(content, Set.of(), Set.of()); // an inline image: binary data, hands off
      }
      current = result.content();
      if (!result.again()) {
        break;
      }
    }
    removed.removeAll(kept);
    return new Result(current, Set.copyOf(removed), Set.copyOf(kept));
  }

  private record Pass(byte[] content, boolean again) {}

  /** One scan, or null when the stream holds an inline image. */
  private static Pass pass(byte[] in, Set<String> removed, Set<String> kept) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    boolean again = false;
    int copyFrom = 0;
    int i = 0;
    while (i < in.length) {
      byte b = in[i];
      if (b == '(') {
        i = skipLiteralString(in, i);
        continue;
      }
      if (b == '<') {
        if (i + 1 < in.length && in[i + 1] == '<') {
          i += 2; // a dictionary, not a string
        } else {
          i = skip(in, i, (byte) '>');
        }
        continue;
      }
      if (b == '%') {
        i = skip(in, i, (byte) '\n');
        continue;
      }
      boolean lineStart = i == 0 || in[i - 1] == '\n';
      if (lineStart && b == 'B' && startsWith(in, i, INLINE_IMAGE)) {
        return null;
      }
      if (lineStart && b == '/' && startsWith(in, i, OPEN)) {
        int nameStart = i + OPEN.length;
        int nameEnd = nameStart;
        while (nameEnd < in.length && isNameChar(in[nameEnd])) {
          nameEnd++;
        }
        if (nameEnd > nameStart) {
          String name = new String(in, nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII);
          if (startsWith(in, nameEnd, CLOSE)) {
            out.write(in, copyFrom, i - copyFrom);
            removed.add(name);
            i = nameEnd + CLOSE.length;
            copyFrom = i;
            again |= startsWith(in, i, END);
            continue;
          }
          kept.add(name);
        }
        i = nameEnd;
        continue;
      }
      i++;
    }
    out.write(in, copyFrom, in.length - copyFrom);
    return new Pass(out.toByteArray(), again);
  }

  /**
   * The index after a literal string that starts at {@code start}, escapes and nesting included.
   */
  static int skipLiteralString(byte[] in, int start) {
    int depth = 0;
    int i = start;
    while (i < in.length) {
      byte b = in[i];
      if (b == '\\') {
        i += 2;
        continue;
      }
      if (b == '(') {
        depth++;
      } else if (b == ')') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
      i++;
    }
    return in.length;
  }

  static int skip(byte[] in, int start, byte end) {
    for (int i = start + 1; i < in.length; i++) {
      if (in[i] == end) {
        return i + 1;
      }
    }
    return in.length;
  }

  static boolean isNameChar(byte b) {
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
  }

  static boolean startsWith(byte[] in, int at, byte[] prefix) {
    if (at + prefix.length > in.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (in[at + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }
}
