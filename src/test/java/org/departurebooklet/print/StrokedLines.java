package org.departurebooklet.print;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/** The straight lines a page strokes, in page coordinates, read by running its content stream. */
final class StrokedLines extends PDFGraphicsStreamEngine {

  private final List<Line2D> lines = new ArrayList<>();
  private final List<Line2D> path = new ArrayList<>();
  private Point2D current = new Point2D.Float();

  private StrokedLines(PDPage page) {
    super(page);
  }

  static List<Line2D> of(PDPage page) throws IOException {
    StrokedLines engine = new StrokedLines(page);
    engine.processPage(page);
    return engine.lines;
  }

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    Point2D to = new Point2D.Float(x, y);
    path.add(new Line2D.Float(current, to));
    current = to;
  }

  @Override
  public void strokePath() {
    lines.addAll(path);
    path.clear();
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    current = p0;
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void endPath() {
    path.clear();
  }

  @Override
  public void fillPath(int windingRule) {
    path.clear();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  @Override
  public void closePath() {
    // a closed path is only rectangles and shapes here, not marks
  }

  @Override
  public void clip(int windingRule) {
    // clipping does not change what is stroked
  }

  @Override
  public void drawImage(PDImage image) {
    // images are not lines
  }

  @Override
  public void shadingFill(COSName shading) {
    // shadings are not lines
  }
}
