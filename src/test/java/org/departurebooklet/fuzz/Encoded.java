package org.departurebooklet.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Text as the bytes of a file: UTF-8 most of the time, else with a byte-order mark, in UTF-16 or
 * UTF-32 (with and without a mark), Shift_JIS, Latin-1, or UTF-8 with broken sequences put in or
 * cut off (overlong forms, encoded surrogates, stray continuation bytes, NUL). Stateless.
 */
public final class Encoded {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Byte sequences that are never valid UTF-8, or valid but hostile (NUL). */
  private static final List<byte[]> BROKEN =
      List.of(
          new byte[] {(byte) 0x80},
          new byte[] {(byte) 0xBF},
          new byte[] {(byte) 0xC0, (byte) 0xAF},
          new byte[] {(byte) 0xC1, (byte) 0xBF},
          new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
          new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xF5},
          new byte[] {(byte) 0xFE},
          new byte[] {(byte) 0xFF},
          new byte[] {(byte) 0xE3, (byte) 0x81},
          new byte[] {(byte) 0x82, (byte) 0xA0},
          new byte[] {0},
          new byte[] {0, 0});

  private static final List<Charset> OTHER =
      List.of(
          StandardCharsets.UTF_16LE,
          StandardCharsets.UTF_16BE,
          StandardCharsets.UTF_16,
          Charset.forName("UTF-32LE"),
          Charset.forName("UTF-32BE"),
          Charset.forName("windows-31j"),
          StandardCharsets.ISO_8859_1);

  private Encoded() {}

  public static Gen<byte[]> bytes(Gen<String> text) {
    return random -> {
      String s = text.next(random);
      int how = random.nextInt(20);
      if (how < 10) {
        return s.getBytes(StandardCharsets.UTF_8);
      }
      if (how < 12) {
        return concat(UTF8_BOM, s.getBytes(StandardCharsets.UTF_8));
      }
      if (how < 15) {
        Charset charset = OTHER.get(random.nextInt(OTHER.size()));
        byte[] encoded = s.getBytes(charset);
        return random.nextBoolean() && charset.name().startsWith("UTF-16")
            ? concat("\uFEFF".getBytes(charset), encoded)
            : encoded;
      }
      return broken(s.getBytes(StandardCharsets.UTF_8), random);
    };
  }

  /** {@code utf8} with one to four broken sequences put in, and now and then cut short. */
  private static byte[] broken(byte[] utf8, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int cuts = 1 + random.nextInt(4);
    int from = 0;
    for (int i = 0; i < cuts; i++) {
      int at = from + random.nextInt(utf8.length - from + 1);
      out.write(utf8, from, at - from);
      out.writeBytes(BROKEN.get(random.nextInt(BROKEN.size())));
      from = at;
    }
    out.write(utf8, from, utf8.length - from);
    byte[] bytes = out.toByteArray();
    return random.nextInt(4) == 0 && bytes.length > 0
        ? Arrays.copyOf(bytes, random.nextInt(bytes.length))
        : bytes;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
