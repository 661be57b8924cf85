package org.departurebooklet.print;

import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where two booklet pages go on one side of a landscape sheet: the sheet (the smallest ISO A size
 * that holds the two pages side by side: A4 for A5 pages, A3 for A4 pages), the scale (1, unless a
 * margin is kept free for marks) and the spread, the two pages' area, centred, the fold at its
 * middle. Immutable and thread-safe.
 *
 * @param sheet the sheet, landscape
 * @param sheetName its ISO name ("A4"), or its size in mm when no A size holds the pages
 * @param scale how much the pages are scaled (1: actual size)
 * @param spread the area the two pages fill on the sheet, the trim of the folded sheet
 */
record SheetGeometry(PDRectangle sheet, String sheetName, float scale, PDRectangle spread) {

  /** ISO A sizes in mm, landscape, smallest first. */
  private static final List<float[]> SHEETS =
      List.of(new float[] {297, 210}, new float[] {420, 297}, new float[] {594, 420});

  private static final List<String> SHEET_NAMES = List.of("A4", "A3", "A2");

  /** Rounding in the page sizes a renderer writes (an A5 page is 419.51 pt, not 419.53). */
  private static final float TOLERANCE = 1f;

  /**
   * The layout for pages of {@code page}'s size.
   *
   * @param margin room kept free on every side of the spread, in points (0: none); the pages are
   *     scaled down as far as needed to leave it
   */
  static SheetGeometry of(PDRectangle page, float margin) {
    float spreadWidth = 2 * page.getWidth();
    float spreadHeight = page.getHeight();
    PDRectangle sheet = new PDRectangle(spreadWidth, spreadHeight);
    String name =
        String.format(
            Locale.ROOT, "%.0f × %.0f mm", spreadWidth / PageForms.MM, spreadHeight / PageForms.MM);
    for (int i = 0; i < SHEETS.size(); i++) {
      float width = SHEETS.get(i)[0] * PageForms.MM;
      float height = SHEETS.get(i)[1] * PageForms.MM;
      if (spreadWidth <= width + TOLERANCE && spreadHeight <= height + TOLERANCE) {
        sheet = new PDRectangle(width, height);
        name = SHEET_NAMES.get(i);
        break;
      }
    }
    float scale =
        Math.min(
            1f,
            Math.min(
                (sheet.getWidth() - 2 * margin) / spreadWidth,
                (sheet.getHeight() - 2 * margin) / spreadHeight));
    float width = spreadWidth * scale;
    float height = spreadHeight * scale;
    PDRectangle spread =
        new PDRectangle(
            (sheet.getWidth() - width) / 2, (sheet.getHeight() - height) / 2, width, height);
    return new SheetGeometry(sheet, name, scale, spread);
  }

  /** Where the fold runs: the middle of the sheet. */
  float foldX() {
    return sheet.getWidth() / 2;
  }
}
