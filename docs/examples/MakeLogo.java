import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the made-up logo of the example school (docs/examples/logo.png): a cherry blossom in a
 * green disc, on a transparent background. Run from the repository's root:
 * {@code java docs/examples/MakeLogo.java}.
 */
public class MakeLogo {
  public static void main(String[] args) throws IOException {
    int size = 320;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    Color green = new Color(0x0b5d3b);
    g.setColor(green);
    g.fill(new Ellipse2D.Double(8, 8, size - 16, size - 16));
    double c = size / 2.0;
    g.setColor(Color.WHITE);
    for (int i = 0; i < 5; i++) {
      g.fill(petal(c, c, size * 0.36).createTransformedShape(
          AffineTransform.getRotateInstance(Math.toRadians(72 * i), c, c)));
    }
    g.setColor(green);
    g.setStroke(new BasicStroke(size * 0.018f));
    for (int i = 0; i < 5; i++) {
      double a = Math.toRadians(72 * i + 36 - 90);
      g.draw(new Line2D.Double(c, c, c + Math.cos(a) * size * 0.12, c + Math.sin(a) * size * 0.12));
    }
    g.fill(new Ellipse2D.Double(c - size * 0.045, c - size * 0.045, size * 0.09, size * 0.09));
    g.dispose();
    ImageIO.write(image, "png", new File(args.length > 0 ? args[0] : "docs/examples/logo.png"));
  }

  /** One petal pointing up from the centre, notched at its tip. */
  private static Path2D petal(double cx, double cy, double length) {
    double w = length * 0.42;
    Path2D p = new Path2D.Double();
    p.moveTo(cx, cy);
    p.curveTo(cx - w * 1.3, cy - length * 0.35, cx - w, cy - length * 0.95, cx - w * 0.25, cy - length);
    p.lineTo(cx, cy - length * 0.86);
    p.lineTo(cx + w * 0.25, cy - length);
    p.curveTo(cx + w, cy - length * 0.95, cx + w * 1.3, cy - length * 0.35, cx, cy);
    p.closePath();
    return p;
  }
}
