package org.departurebooklet.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The character encodings a roster may be saved in: UTF-8 (with or without a byte-order mark) and
 * Shift_JIS as Excel on Japanese Windows writes it (code page 932, Java's {@code windows-31j}, a
 * superset of Shift_JIS with the NEC and IBM extension characters).
 */
public final class RosterEncoding {

  public static final Charset UTF_8 = StandardCharsets.UTF_8;
  public static final Charset SHIFT_JIS = Charset.forName("windows-31j");

  /** What {@code --encoding} accepts, for messages. */
  public static final String ACCEPTED =
      "UTF-8 or Shift_JIS (also written SJIS, CP932, windows-31j)";

  private RosterEncoding() {}

  /** The charset a user named, or empty if it is not one a roster may use. */
  public static Optional<Charset> named(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (n) {
      case "utf-8", "utf8" -> Optional.of(UTF_8);
      case "shift-jis", "shiftjis", "sjis", "cp932", "ms932", "windows-31j", "windows-932" ->
          Optional.of(SHIFT_JIS);
      default -> Optional.empty();
    };
  }

  /**
   * The line (from 1) of the first byte {@code charset} cannot decode, or 0 if every byte decodes.
   * Lines end at LF, CRLF or a lone CR, as the CSV parser counts them; a UTF-8 byte-order mark
   * decodes like any character.
   */
  public static long firstUndecodableLine(InputStream in, Charset charset) throws IOException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    CharBuffer chars = CharBuffer.allocate(64 * 1024);
    long line = 1;
    char previous = 0;
    while (true) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      boolean end = n < 0;
      bytes.position(bytes.position() + Math.max(n, 0));
      bytes.flip();
      CoderResult result = decoder.decode(bytes, chars, end);
      chars.flip();
      while (chars.hasRemaining()) {
        char c = chars.get();
        if (c == '\r' || c == '\n' && previous != '\r') {
          line++;
        }
        previous = c;
      }
      chars.clear();
      if (result.isError()) {
        return line;
      }
      bytes.compact();
      if (end && result.isUnderflow()) {
        return 0;
      }
    }
  }

  /** A short name for messages. */
  public static String label(Charset charset) {
    return charset.equals(SHIFT_JIS) ? "Shift_JIS (CP932)" : charset.name();
  }
}
