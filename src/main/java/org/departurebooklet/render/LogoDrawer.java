package org.departurebooklet.render;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxImage;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.departurebooklet.model.SchoolLogo;
import org.w3c.dom.Element;

/**
 * Draws the school's logo where the XHTML has {@code <object type="application/x-school-logo">}: an
 * image the renderer never loads (every door stays shut, see {@link ClosedDoors}) but is given,
 * already checked and encoded again ({@link SchoolLogo}). Its pixels are compressed once, when the
 * renderer is made, and each booklet copies the compressed bytes into one image of its own, drawn
 * wherever the logo appears; the box's {@code alt} becomes the figure's alternate text.
 *
 * <p>A {@link Samples} is immutable and shared by every render; a drawer ({@link Samples#drawer})
 * belongs to one render, on one thread.
 */
final class LogoDrawer implements FSObjectDrawer {

  /** The object type the templates use. */
  static final String TYPE = "application/x-school-logo";

  /** The logo's pixels as PDF reads an image: 8-bit RGB, Flate-compressed. */
  record Samples(int width, int height, byte[] deflated) {

    static Samples of(SchoolLogo logo) {
      BufferedImage image;
      try {
        image = ImageIO.read(new ByteArrayInputStream(logo.png()));
      } catch (IOException impossible) {
        throw new UncheckedIOException(impossible); // read from memory
      }
      if (image == null || image.getWidth() != logo.width() || image.getHeight() != logo.height()) {
        throw new IllegalStateException(logo + " does not hold the PNG it was made with");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      try (OutputStream deflater = new DeflaterOutputStream(out)) {
        byte[] row = new byte[image.getWidth() * 3];
        for (int y = 0; y < image.getHeight(); y++) {
          for (int x = 0; x < image.getWidth(); x++) {
            int rgb = image.getRGB(x, y);
            row[3 * x] = (byte) (rgb >> 16);
            row[3 * x + 1] = (byte) (rgb >> 8);
            row[3 * x + 2] = (byte) rgb;
          }
          deflater.write(row);
        }
      } catch (IOException impossible) {
        throw new UncheckedIOException(impossible);
      }
      return new Samples(image.getWidth(), image.getHeight(), out.toByteArray());
    }

    /** A drawer for one render. */
    LogoDrawer drawer() {
      return new LogoDrawer(this);
    }
  }

  private final Samples samples;

  /** This render's image, made on the first draw. */
  private PDImageXObject image;

  private LogoDrawer(Samples samples) {
    this.samples = samples;
  }

  @Override
  public Map<Shape, String> drawObject(
      Element e,
      double x,
      double y,
      double width,
      double height,
      OutputDevice outputDevice,
      RenderingContext ctx,
      int dotsPerPixel) {
    if (!(outputDevice instanceof PdfBoxOutputDevice pdf)) {
      throw new IllegalStateException("logos are drawn only into PDFs");
    }
    if (image == null) {
      image = image(pdf.getWriter());
    }
    // Fitted into the box, centred, in the logo's own proportions (the view makes the box so).
    double scale = Math.min(width / samples.width(), height / samples.height());
    double w = samples.width() * scale;
    double h = samples.height() * scale;
    PdfBoxImage drawn = new PdfBoxImage(null, TYPE, (float) w, (float) h, image);
    pdf.drawImage(
        drawn, (int) Math.round(x + (width - w) / 2), (int) Math.round(y + (height - h) / 2), true);
    return null;
  }

  private PDImageXObject image(PDDocument doc) {
    try {
      return new PDImageXObject(
          doc,
          new ByteArrayInputStream(samples.deflated()),
          COSName.FLATE_DECODE,
          samples.width(),
          samples.height(),
          8,
          PDDeviceRGB.INSTANCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
