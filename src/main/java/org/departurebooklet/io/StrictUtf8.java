package org.departurebooklet.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes that must be UTF-8, refusing anything else instead of writing U+FFFD in its place:
 * a file saved as Shift_JIS or Latin-1 is reported, not printed as replacement boxes. Stateless and
 * thread-safe (a decoder is made per call).
 */
public final class StrictUtf8 {

  private StrictUtf8() {}

  /** The text of {@code bytes}; fails on a byte sequence that is not UTF-8. */
  public static String decode(byte[] bytes) throws CharacterCodingException {
    return decoder().decode(ByteBuffer.wrap(bytes)).toString();
  }

  /**
   * A new decoder that reports bytes that are not UTF-8, for reading a stream or for finding where
   * the first bad byte is. Not thread-safe: one per read.
   */
  public static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
