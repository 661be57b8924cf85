package org.departurebooklet.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.w3c.dom.Element;

/**
 * QR codes drawn as vector paths: {@code <object type="application/x-qr" data-qr="https://...">} in
 * the XHTML becomes one filled path of dark modules with a four-module quiet zone, error correction
 * M. Stateless and thread-safe.
 */
public final class QrCodes implements FSObjectDrawerFactory, FSObjectDrawer {

  /** The object type the templates use. */
  public static final String TYPE = "application/x-qr";

  /** The attribute holding the encoded text. */
  public static final String ATTRIBUTE = "data-qr";

  /** Blank modules around the code, as the QR standard asks. */
  public static final int QUIET_ZONE = 4;

  static final QrCodes INSTANCE = new QrCodes();

  private QrCodes() {}

  /**
   * Forms are cached by text; links come from content, so there are few, but the cache is capped.
   */
  private static final int CACHE_LIMIT = 512;

  /** The modules of the code for {@code text} (true = dark), without the quiet zone. */
  public static boolean[][] modules(String text) {
    try {
      ByteMatrix matrix =
          Encoder.encode(
                  text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
              .getMatrix();
      boolean[][] dark = new boolean[matrix.getHeight()][matrix.getWidth()];
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < matrix.getWidth(); x++) {
          dark[y][x] = matrix.get(x, y) == 1;
        }
      }
      return dark;
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "cannot encode \"" + text + "\" as a QR code: " + e.getMessage(), e);
    }
  }

  @Override
  public FSObjectDrawer createDrawer(Element e) {
    return isReplacedObject(e) ? this : null;
  }

  @Override
  public boolean isReplacedObject(Element e) {
    return TYPE.equals(e.getAttribute("type"));
  }

  /**
   * The drawing operators of one code, Flate-compressed, in a coordinate space of one unit per
   * module with the quiet zone included (y up, as PDF has it): made once per text, then copied into
   * each document as a form XObject, so a booklet's 20 codes cost a few byte copies.
   */
  record Form(int size, byte[] deflated) {}

  private static final Map<String, Form> FORMS = new ConcurrentHashMap<>();

  static Form form(String text) {
    Form cached = FORMS.get(text);
    if (cached != null) {
      return cached;
    }
    boolean[][] dark = modules(text);
    int size = dark.length + 2 * QUIET_ZONE;
    StringBuilder ops = new StringBuilder(8 * 1024).append("0 0 0 rg\n");
    for (int row = 0; row < dark.length; row++) {
      int y = size - QUIET_ZONE - row - 1;
      int col = 0;
      while (col < dark[row].length) {
        if (!dark[row][col]) {
          col++;
          continue;
        }
        int start = col;
        while (col < dark[row].length && dark[row][col]) {
          col++;
        }
        ops.append(start + QUIET_ZONE)
            .append(' ')
            .append(y)
            .append(' ')
            .append(col - start)
            .append(" 1 re\n");
      }
    }
    ops.append("f\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (var deflater = new DeflaterOutputStream(out)) {
      deflater.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    Form form = new Form(size, out.toByteArray());
    if (FORMS.size() < CACHE_LIMIT) {
      FORMS.put(text, form);
    }
    return form;
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
    String text = e.getAttribute(ATTRIBUTE);
    if (text.isEmpty()) {
      return null;
    }
    if (!(outputDevice instanceof PdfBoxOutputDevice pdf)) {
      throw new IllegalStateException("QR codes are drawn only into PDFs");
    }
    drawForm(pdf, form(text), x, y, Math.min(width, height));
    // The template wraps the code in a tagged <a>, which makes it clickable; a link map here would
    // add a second, untagged link annotation.
    return null;
  }

  private static void drawForm(PdfBoxOutputDevice pdf, Form form, double x, double y, double size) {
    COSStream stream = pdf.getWriter().getDocument().createCOSStream();
    try (OutputStream raw = stream.createRawOutputStream()) {
      raw.write(form.deflated());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    var xobject = new PDFormXObject(stream);
    xobject.setResources(new PDResources());
    xobject.setBBox(new PDRectangle(form.size(), form.size()));
    float points = (float) (size / pdf.getDotsPerPoint());
    xobject.setMatrix(AffineTransform.getScaleInstance(points / form.size(), points / form.size()));
    pdf.drawPdfAsImage(
        xobject,
        new Rectangle(
            (int) Math.round(x),
            (int) Math.round(y),
            (int) Math.round(size),
            (int) Math.round(size)),
        (float) size,
        (float) size);
  }
}
