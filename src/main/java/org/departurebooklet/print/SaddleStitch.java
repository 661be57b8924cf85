package org.departurebooklet.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Saddle-stitch imposition: a booklet's pages two to a side of a landscape sheet, in the order that
 * makes a booklet when the printed sheets are stacked, folded down the middle together and stapled
 * on the fold. For 8 pages: sheet 1 front 8|1, back 2|7; sheet 2 front 6|3, back 4|5. A5 pages go
 * on A4 sheets, A4 pages on A3, at actual size, meeting at the fold.
 *
 * <p>A booklet whose page count is not a multiple of 4 gets blank pages at its end (this class
 * cannot know which page is the back cover), and {@link PrintFile#warnings()} says so. Backs are
 * drawn for the printer's {@link Duplex} mode. With marks, the pages are scaled down to leave a
 * margin, which an office printer can print into, for crop marks at the spread's outer corners and
 * fold marks at the fold. Immutable and thread-safe.
 */
public final class SaddleStitch implements PrintLayout {

  /**
   * Room for marks around the spread, in mm: office printers leave 4 to 5 mm at the edge unprinted.
   */
  static final float MARKS_MARGIN_MM = 9;

  private static final float MARK_GAP_MM = 2;
  private static final float MARK_LENGTH_MM = 5;

  private final Duplex duplex;
  private final boolean marks;

  /**
   * @param duplex how the printer turns the sheets over
   * @param marks whether to draw crop and fold marks (the pages are then scaled down to make room)
   */
  public SaddleStitch(Duplex duplex, boolean marks) {
    this.duplex = Objects.requireNonNull(duplex, "duplex");
    this.marks = marks;
  }

  /**
   * One sheet: the booklet's page numbers (from 1) on each half of each side, as the side is seen
   * upright. A number past the booklet's last page stands for a blank page.
   */
  public record Sheet(int frontLeft, int frontRight, int backLeft, int backRight) {}

  /** The page count rounded up to a multiple of 4, the pages one folded sheet holds. */
  public static int padded(int pages) {
    if (pages < 1) {
      throw new IllegalArgumentException("a booklet has pages, not " + pages);
    }
    return (pages + 3) / 4 * 4;
  }

  /**
   * The sheets for a booklet of {@code pages} pages (padded to a multiple of 4), outermost first:
   * sheet {@code i} (from 0) holds pages n−2i | 2i+1 on its front and 2i+2 | n−2i−1 on its back.
   */
  public static List<Sheet> sheets(int pages) {
    int n = padded(pages);
    List<Sheet> sheets = new ArrayList<>(n / 4);
    for (int i = 0; i < n / 4; i++) {
      sheets.add(new Sheet(n - 2 * i, 2 * i + 1, 2 * i + 2, n - 2 * i - 1));
    }
    return sheets;
  }

  @Override
  public PrintFile lay(byte[] booklet) throws IOException {
    try (PDDocument source = Loader.loadPDF(booklet);
        PDDocument target = PageForms.startFor(source, describe())) {
      List<PDFormXObject> forms = PageForms.importAll(source, target);
      if (forms.isEmpty()) {
        throw new IOException("the booklet has no pages");
      }
      SheetGeometry geometry =
          SheetGeometry.of(forms.get(0).getBBox(), marks ? MARKS_MARGIN_MM * PageForms.MM : 0);
      PrintMarks printMarks = marks ? new PrintMarks() : null;
      List<Sheet> sheets = sheets(forms.size());
      for (Sheet sheet : sheets) {
        side(target, forms, geometry, sheet.frontLeft(), sheet.frontRight(), false, printMarks);
        side(
            target,
            forms,
            geometry,
            sheet.backLeft(),
            sheet.backRight(),
            duplex.rotatesBacks(),
            printMarks);
      }
      int blanks = padded(forms.size()) - forms.size();
      String summary =
          sheets.size()
              + " "
              + geometry.sheetName()
              + " sheet"
              + (sheets.size() == 1 ? "" : "s")
              + " printed on both sides, "
              + duplex.code()
              + " duplex"
              + (marks ? ", with crop and fold marks" : "");
      return new PrintFile(
          PageForms.save(target),
          2 * sheets.size(),
          forms.size(),
          blanks,
          summary,
          notes(geometry));
    }
  }

  @Override
  public String describe() {
    return "saddle stitch, " + duplex.code() + " duplex" + (marks ? ", marks" : "");
  }

  /**
   * One side of a sheet: two pages (or blanks), turned upside down for a long-edge printer's backs.
   */
  private static void side(
      PDDocument target,
      List<PDFormXObject> forms,
      SheetGeometry geometry,
      int left,
      int right,
      boolean upsideDown,
      PrintMarks printMarks)
      throws IOException {
    PDRectangle sheet = geometry.sheet();
    PDPage page = new PDPage(sheet);
    target.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(target, page)) {
      content.saveGraphicsState();
      if (upsideDown) {
        content.transform(new Matrix(-1, 0, 0, -1, sheet.getWidth(), sheet.getHeight()));
      }
      place(content, forms, left, geometry, true);
      place(content, forms, right, geometry, false);
      content.restoreGraphicsState();
      if (printMarks != null) {
        float gap = MARK_GAP_MM * PageForms.MM;
        float length = MARK_LENGTH_MM * PageForms.MM;
        printMarks.crop(content, geometry.spread(), gap, length);
        printMarks.fold(content, geometry.foldX(), geometry.spread(), gap, length);
      }
    }
  }

  /** Draws page {@code number} against the fold, on its left or right; nothing for a blank. */
  private static void place(
      PDPageContentStream content,
      List<PDFormXObject> forms,
      int number,
      SheetGeometry geometry,
      boolean leftOfFold)
      throws IOException {
    if (number > forms.size()) {
      return;
    }
    PDFormXObject form = forms.get(number - 1);
    float scale = geometry.scale();
    float width = form.getBBox().getWidth() * scale;
    float height = form.getBBox().getHeight() * scale;
    float x = leftOfFold ? geometry.foldX() - width : geometry.foldX();
    float y = (geometry.sheet().getHeight() - height) / 2;
    content.saveGraphicsState();
    content.transform(new Matrix(scale, 0, 0, scale, x, y));
    content.drawForm(form);
    content.restoreGraphicsState();
  }

  private static List<String> notes(SheetGeometry geometry) {
    if (geometry.scale() >= 1) {
      return List.of();
    }
    PDRectangle spread = geometry.spread();
    return List.of(
        String.format(
            Locale.ROOT,
            "the pages are scaled to %.0f %% to leave a %.0f mm margin for the"
                + " marks; cut at the crop marks, the booklet is %.0f × %.0f mm",
            geometry.scale() * 100,
            MARKS_MARGIN_MM,
            spread.getWidth() / 2 / PageForms.MM,
            spread.getHeight() / PageForms.MM));
  }
}
