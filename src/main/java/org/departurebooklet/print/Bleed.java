package org.departurebooklet.print;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Single pages in reading order for a print shop that prints on larger paper and cuts: each page
 * grown by the bleed on every side (MediaBox and BleedBox), its own size kept as the TrimBox, crop
 * marks in the bleed's corners continuing the trim's edges.
 *
 * <p>What touches a page's edge runs on into the bleed, so a slightly-off cut leaves no white
 * sliver: the outermost {@value #EDGE_PT} pt of each edge (and each corner) of the page is drawn
 * again, stretched across the bleed, from a {@link Backdrop} of the page without its text. A fill
 * that reaches the edge (a coloured band, a tab) thus continues in its colour; a gradient or a
 * picture cut by the edge continues as its last sliver, stretched, not as more of the picture; what
 * stops short of the edge leaves the bleed white. The page itself is drawn once, at actual size, on
 * top. Immutable and thread-safe.
 */
public final class Bleed implements PrintLayout {

  /** The smallest and largest bleed accepted, in mm (print shops ask for 2 to 5). */
  public static final BigDecimal MIN_MM = BigDecimal.ONE;

  public static final BigDecimal MAX_MM = BigDecimal.TEN;

  /** How much of each page edge is stretched into the bleed, in points. */
  static final float EDGE_PT = 0.5f;

  /** Crop marks stop this far from the trim (or a third of the bleed, if less), in mm. */
  private static final float MARK_GAP_MM = 1;

  private final BigDecimal mm;

  /**
   * @param mm the bleed on each side, in mm, from {@link #MIN_MM} to {@link #MAX_MM}
   */
  public Bleed(BigDecimal mm) {
    if (mm.compareTo(MIN_MM) < 0 || mm.compareTo(MAX_MM) > 0) {
      throw new IllegalArgumentException(
          "bleed " + mm + " mm is outside " + MIN_MM + " to " + MAX_MM + " mm");
    }
    this.mm = mm.stripTrailingZeros();
  }

  @Override
  public PrintFile lay(byte[] booklet) throws IOException {
    String label = describe();
    try (PDDocument source = Loader.loadPDF(booklet);
        PDDocument target = PageForms.startFor(source, label)) {
      List<PDFormXObject> forms = PageForms.importAll(source, target);
      if (forms.isEmpty()) {
        throw new IOException("the booklet has no pages");
      }
      PrintMarks marks = new PrintMarks();
      for (PDFormXObject form : forms) {
        page(target, form, marks);
      }
      PDRectangle trim = forms.get(0).getBBox();
      String summary =
          String.format(
              Locale.ROOT,
              "%d page%s, %s, trimmed to %.0f × %.0f mm",
              forms.size(),
              forms.size() == 1 ? "" : "s",
              label,
              trim.getWidth() / PageForms.MM,
              trim.getHeight() / PageForms.MM);
      return new PrintFile(
          PageForms.save(target), forms.size(), forms.size(), 0, summary, List.of());
    }
  }

  @Override
  public String describe() {
    return mm.toPlainString() + " mm bleed";
  }

  private void page(PDDocument target, PDFormXObject form, PrintMarks marks) throws IOException {
    float bleed = mm.floatValue() * PageForms.MM;
    float width = form.getBBox().getWidth();
    float height = form.getBBox().getHeight();
    PDRectangle media = new PDRectangle(width + 2 * bleed, height + 2 * bleed);
    PDRectangle trim = new PDRectangle(bleed, bleed, width, height);
    PDPage page = new PDPage(media);
    page.setBleedBox(media);
    page.setTrimBox(trim);
    target.addPage(page);
    PDFormXObject backdrop = Backdrop.of(target, form);
    try (PDPageContentStream content = new PDPageContentStream(target, page)) {
      for (int column = 0; column < 3; column++) {
        for (int row = 0; row < 3; row++) {
          if (column != 1 || row != 1) {
            Band x = Band.of(column, width, bleed);
            Band y = Band.of(row, height, bleed);
            content.saveGraphicsState();
            content.addRect(x.from(), y.from(), x.size(), y.size());
            content.clip();
            content.transform(new Matrix(x.scale(), 0, 0, y.scale(), x.offset(), y.offset()));
            content.drawForm(backdrop);
            content.restoreGraphicsState();
          }
        }
      }
      content.saveGraphicsState();
      content.transform(Matrix.getTranslateInstance(bleed, bleed));
      content.drawForm(form);
      content.restoreGraphicsState();
      float gap = Math.min(MARK_GAP_MM * PageForms.MM, bleed / 3);
      marks.crop(content, trim, gap, bleed - gap);
    }
  }

  /**
   * One of the three bands of the bleed page along one axis, and how the page maps onto it: the
   * bleed before the page (0), the page (1), the bleed after it (2). The two bleed bands show the
   * page's outermost {@link #EDGE_PT} points on that side, stretched across the bleed.
   *
   * @param from where the band starts on the bleed page
   * @param size its size
   * @param scale page to bleed page, along this axis
   * @param offset where the page's origin lands
   */
  private record Band(float from, float size, float scale, float offset) {
    static Band of(int index, float length, float bleed) {
      float stretch = bleed / EDGE_PT;
      return switch (index) {
        case 0 -> new Band(0, bleed, stretch, 0);
        case 1 -> new Band(bleed, length, 1, bleed);
        default ->
            new Band(bleed + length, bleed, stretch, bleed + length - (length - EDGE_PT) * stretch);
      };
    }
  }
}
