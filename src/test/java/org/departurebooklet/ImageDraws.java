package org.departurebooklet;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/** The raster images a page draws, with where and how large, as a PDF viewer places them. */
public final class ImageDraws extends PDFGraphicsStreamEngine {

  /**
   * One image drawn: its own pixels, and its box on the page in millimetres from the page's top
   * left corner.
   */
  public record Draw(
      PDImageXObject image, double xMm, double yMm, double widthMm, double heightMm) {}

  private static final double MM_PER_POINT = 25.4 / 72;
  private final List<Draw> draws = new ArrayList<>();

  private ImageDraws(PDPage page) {
    super(page);
  }

  /** Every image {@code page} draws, in drawing order (forms included). */
  public static List<Draw> on(PDPage page) throws IOException {
    ImageDraws engine = new ImageDraws(page);
    engine.processPage(page);
    return engine.draws;
  }

  @Override
  public void drawImage(PDImage image) {
    if (!(image instanceof PDImageXObject xobject)) {
      return; // inline images: none of ours
    }
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    double pageHeight = getPage().getMediaBox().getHeight();
    double width = ctm.getScalingFactorX();
    double height = ctm.getScalingFactorY();
    double top = pageHeight - (ctm.getTranslateY() + height);
    draws.add(
        new Draw(
            xobject,
            ctm.getTranslateX() * MM_PER_POINT,
            top * MM_PER_POINT,
            width * MM_PER_POINT,
            height * MM_PER_POINT));
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

  @Override
  public void clip(int windingRule) {}

  @Override
  public void moveTo(float x, float y) {}

  @Override
  public void lineTo(float x, float y) {}

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

  @Override
  public Point2D getCurrentPoint() {
    return new Point2D.Float();
  }

  @Override
  public void closePath() {}

  @Override
  public void endPath() {}

  @Override
  public void strokePath() {}

  @Override
  public void fillPath(int windingRule) {}

  @Override
  public void fillAndStrokePath(int windingRule) {}

  @Override
  public void shadingFill(COSName shadingName) {}
}
