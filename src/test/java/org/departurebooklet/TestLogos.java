package org.departurebooklet;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Logos and school profiles that name them, written into a test's folder. */
public final class TestLogos {

  /** The colour the branded profile gives. */
  public static final String COLOUR = "#0b5d3b";

  public static final Color LEFT = new Color(0xc0, 0x10, 0x20);
  public static final Color RIGHT = new Color(0x10, 0x30, 0xc0);

  private TestLogos() {}

  /**
   * A PNG of {@code width} x {@code height}: its left half {@link #LEFT}, its right half {@link
   * #RIGHT}, its top-left quarter's corner transparent.
   */
  public static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(LEFT);
    g.fillRect(0, 0, width / 2, height);
    g.setColor(RIGHT);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    for (int y = 0; y < height / 8; y++) {
      for (int x = 0; x < width / 8; x++) {
        image.setRGB(x, y, 0x00000000);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A PNG whose header claims {@code width} x {@code height} pixels of 1-bit gray and whose data is
   * a few rows of zeros: a few hundred bytes that would decode to gigabytes.
   */
  public static byte[] pngBomb(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    writeInt(header, width);
    writeInt(header, height);
    header.writeBytes(new byte[] {1, 0, 0, 0, 0}); // 1 bit, gray, deflate, adaptive, no interlace
    chunk(out, "IHDR", header.toByteArray());
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflater = new DeflaterOutputStream(data)) {
      deflater.write(new byte[64 * 1024]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    chunk(out, "IDAT", data.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    writeInt(out, data.length);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(name);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    writeInt(out, (int) crc.getValue());
  }

  private static void writeInt(ByteArrayOutputStream out, int value) {
    out.write(value >>> 24);
    out.write(value >>> 16);
    out.write(value >>> 8);
    out.write(value);
  }

  /**
   * Writes {@code school.yaml} into {@code dir}, naming the school, its colour ({@link #COLOUR})
   * and {@code logo.png}, written beside it at {@code width} x {@code height}.
   *
   * @return the profile
   */
  public static Path brandedProfile(Path dir, int width, int height) throws IOException {
    Files.write(dir.resolve("logo.png"), png(width, height));
    return profile(dir, "colour: \"" + COLOUR + "\"\nlogo: logo.png\n");
  }

  /** Writes {@code school.yaml} into {@code dir}: the school's name, then {@code more} lines. */
  public static Path profile(Path dir, String more) throws IOException {
    Path file = dir.resolve("school.yaml");
    Files.writeString(
        file,
        "name: Sakura International College\noffice: International Office\n" + more,
        StandardCharsets.UTF_8);
    return file;
  }
}
