package org.departurebooklet.model;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a school's PNG logo and encodes it again: the size in its header is checked before any
 * pixel is decoded (a small file may claim 100000 x 100000 pixels), the image is drawn on white
 * (print has no transparency to show through, and PDF/A keeps simpler without a soft mask), scaled
 * down to what prints sharply, and written as a PNG of our own. Stateless and thread-safe.
 */
final class LogoPng {

  /** Larger logos are refused before decoding. */
  static final int MAX_SIDE = 4000;

  private LogoPng() {}

  /**
   * @param bytes a file that starts with the PNG signature
   * @param file the logo's name as the profile writes it
   */
  static SchoolLogo decode(byte[] bytes, String file) throws LogoFile.Refused {
    BufferedImage image = read(bytes);
    double scale =
        Math.min(
            1.0,
            Math.min(
                (double) SchoolLogo.MAX_WIDTH / image.getWidth(),
                (double) SchoolLogo.MAX_HEIGHT / image.getHeight()));
    int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
    BufferedImage flat = onWhite(shrink(image, width, height));
    ByteArrayOutputStream png = new ByteArrayOutputStream(32 * 1024);
    try {
      if (!ImageIO.write(flat, "png", png)) {
        throw new IllegalStateException("this Java has no PNG writer");
      }
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible); // written to memory
    }
    return new SchoolLogo(png.toByteArray(), width, height, file);
  }

  private static BufferedImage read(byte[] bytes) throws LogoFile.Refused {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
    if (!readers.hasNext()) {
      throw new IllegalStateException("this Java has no PNG reader");
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true); // one image, forward only, no metadata (text, profiles) read
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
        throw new LogoFile.Refused(
            "is "
                + Integer.toUnsignedString(width)
                + " x "
                + Integer.toUnsignedString(height)
                + " pixels; a logo may be at most "
                + MAX_SIDE
                + " x "
                + MAX_SIDE
                + " (save it smaller, as PNG)");
      }
      // A large logo is decoded at every n-th pixel, still twice what is kept: a 4000 x 4000 PNG of
      // 16-bit channels would otherwise take 128 MB.
      double over =
          Math.max((double) width / SchoolLogo.MAX_WIDTH, (double) height / SchoolLogo.MAX_HEIGHT);
      int every = Math.max(1, (int) Math.floor(over / 2));
      ImageReadParam param = reader.getDefaultReadParam();
      param.setSourceSubsampling(every, every, 0, 0);
      return reader.read(0, param);
    } catch (IOException | RuntimeException e) {
      // The PNG reader reports a broken file with IIOException, and a few corruptions with
      // IllegalArgumentException or IndexOutOfBoundsException: all mean a file that is not a PNG.
      throw new LogoFile.Refused(
          "is not a readable PNG image (" + firstLine(e) + "); save it again as PNG");
    } finally {
      reader.dispose();
    }
  }

  private static String firstLine(Exception e) {
    String message =
        e.getMessage() == null || e.getMessage().isBlank()
            ? e.getClass().getSimpleName()
            : e.getMessage();
    return CleanText.clean(message.lines().findFirst().orElse(message));
  }

  /**
   * The image at {@code width} x {@code height}: halved in steps, so no pixel of a large logo is
   * skipped.
   */
  private static BufferedImage shrink(BufferedImage image, int width, int height) {
    BufferedImage current = image;
    int w = image.getWidth();
    int h = image.getHeight();
    while (w != width || h != height) {
      w = Math.max(width, w / 2);
      h = Math.max(height, h / 2);
      BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
      Graphics2D g = next.createGraphics();
      try {
        g.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(current, 0, 0, w, h, null);
      } finally {
        g.dispose();
      }
      current = next;
    }
    return current;
  }

  private static BufferedImage onWhite(BufferedImage image) {
    BufferedImage flat =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = flat.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, flat.getWidth(), flat.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return flat;
  }
}
