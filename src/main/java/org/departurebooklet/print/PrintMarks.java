package org.departurebooklet.print;

import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;

/**
 * Crop and fold marks: hairlines (0.25 pt) in the registration colour, the Separation colourant
 * {@code All} that prints on every plate of a print shop's press (an office printer or a screen
 * shows it black). Crop marks continue the trim's edges outward at its four corners; fold marks
 * continue the fold, dashed, above and below the pages. Marks never cross the trim, so none is left
 * on the cut or folded booklet. One instance per print document (its colour space belongs to that
 * document); not thread-safe.
 */
final class PrintMarks {

  static final float LINE_WIDTH = 0.25f;
  private static final float[] FOLD_DASH = {3, 2};

  private final PDColor registration;

  PrintMarks() throws IOException {
    COSDictionary tint = new COSDictionary();
    tint.setInt(COSName.FUNCTION_TYPE, 2);
    tint.setItem(COSName.DOMAIN, floats(0, 1));
    tint.setItem(COSName.C0, floats(0, 0, 0, 0));
    tint.setItem(COSName.C1, floats(1, 1, 1, 1));
    tint.setItem(COSName.N, COSInteger.ONE);
    COSArray space = new COSArray();
    space.add(COSName.SEPARATION);
    space.add(COSName.getPDFName("All"));
    space.add(COSName.DEVICECMYK);
    space.add(tint);
    registration = new PDColor(new float[] {1}, new PDSeparation(space, null));
  }

  /**
   * Draws a crop mark at each corner of {@code trim}: its two edges continued outward, from {@code
   * gap} to {@code gap + length} beyond it.
   */
  void crop(PDPageContentStream content, PDRectangle trim, float gap, float length)
      throws IOException {
    begin(content);
    float[] xs = {trim.getLowerLeftX(), trim.getUpperRightX()};
    float[] ys = {trim.getLowerLeftY(), trim.getUpperRightY()};
    for (int i = 0; i < 2; i++) {
      float outX = i == 0 ? -1 : 1;
      for (int j = 0; j < 2; j++) {
        float outY = j == 0 ? -1 : 1;
        line(content, xs[i] + outX * gap, ys[j], xs[i] + outX * (gap + length), ys[j]);
        line(content, xs[i], ys[j] + outY * gap, xs[i], ys[j] + outY * (gap + length));
      }
    }
    content.stroke();
    content.restoreGraphicsState();
  }

  /**
   * Draws a dashed fold mark at {@code x}: the fold continued above and below {@code trim}, from
   * {@code gap} to {@code gap + length} beyond it.
   */
  void fold(PDPageContentStream content, float x, PDRectangle trim, float gap, float length)
      throws IOException {
    begin(content);
    content.setLineDashPattern(FOLD_DASH, 0);
    line(content, x, trim.getUpperRightY() + gap, x, trim.getUpperRightY() + gap + length);
    line(content, x, trim.getLowerLeftY() - gap, x, trim.getLowerLeftY() - gap - length);
    content.stroke();
    content.restoreGraphicsState();
  }

  private void begin(PDPageContentStream content) throws IOException {
    content.saveGraphicsState();
    content.setStrokingColor(registration);
    content.setLineWidth(LINE_WIDTH);
  }

  private static void line(PDPageContentStream content, float x1, float y1, float x2, float y2)
      throws IOException {
    content.moveTo(x1, y1);
    content.lineTo(x2, y2);
  }

  private static COSArray floats(float... values) {
    COSArray array = new COSArray();
    for (float v : values) {
      array.add(new COSFloat(v));
    }
    return array;
  }
}
