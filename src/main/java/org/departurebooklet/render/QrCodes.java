package org.departurebooklet.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * QR codes drawn as vector paths: {@code <object type="application/x-qr" data-qr="https://...">}
 * in the XHTML becomes one filled path of dark modules with a four-module quiet zone, error
 * correction M. Stateless and thread-safe.
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

  /** Encoded codes by text; links come from content, so there are few, but the cache is capped. */
  private static final Map<String, boolean[][]> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 512;

  /** The modules of the code for {@code text} (true = dark), without the quiet zone. Do not modify. */
  public static boolean[][] modules(String text) {
    boolean[][] cached = CACHE.get(text);
    if (cached != null) {
      return cached;
    }
    boolean[][] dark = encode(text);
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.put(text, dark);
    }
    return dark;
  }

  private static boolean[][] encode(String text) {
    try {
      ByteMatrix matrix = Encoder.encode(text, ErrorCorrectionLevel.M,
          Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix();
      boolean[][] dark = new boolean[matrix.getHeight()][matrix.getWidth()];
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < matrix.getWidth(); x++) {
          dark[y][x] = matrix.get(x, y) == 1;
        }
      }
      return dark;
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode \"" + text + "\" as a QR code: " + e.getMessage(), e);
    }
  }

  /** The outline of all dark modules in a square of {@code size}, horizontal runs merged. */
  public static Shape path(boolean[][] modules, double x, double y, double size) {
    int count = modules.length + 2 * QUIET_ZONE;
    double module = size / count;
    Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
    for (int row = 0; row < modules.length; row++) {
      int col = 0;
      while (col < modules[row].length) {
        if (!modules[row][col]) {
          col++;
          continue;
        }
        int start = col;
        while (col < modules[row].length && modules[row][col]) {
          col++;
        }
        path.append(new Rectangle2D.Double(
            x + (start + QUIET_ZONE) * module, y + (row + QUIET_ZONE) * module,
            (col - start) * module, module), false);
      }
    }
    return path;
  }

  @Override
  public FSObjectDrawer createDrawer(Element e) {
    return isReplacedObject(e) ? this : null;
  }

  @Override
  public boolean isReplacedObject(Element e) {
    return TYPE.equals(e.getAttribute("type"));
  }

  @Override
  public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
      OutputDevice outputDevice, RenderingContext ctx, int dotsPerPixel) {
    String text = e.getAttribute(ATTRIBUTE);
    if (text.isEmpty()) {
      return null;
    }
    double size = Math.min(width, height);
    outputDevice.setColor(new FSRGBColor(0, 0, 0));
    outputDevice.fill(path(modules(text), x, y, size));
    // The template wraps the code in a tagged <a>, which makes it clickable; a link map here would
    // add a second, untagged link annotation.
    return null;
  }
}
