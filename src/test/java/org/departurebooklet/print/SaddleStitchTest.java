package org.departurebooklet.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SaddleStitchTest {

  private static final float A4_LONG = 297 * PageForms.MM;
  private static final float A4_SHORT = 210 * PageForms.MM;

  @Test
  void eightPagesGoOnTwoSheetsInFoldingOrder() {
    assertEquals(
        List.of(new SaddleStitch.Sheet(8, 1, 2, 7), new SaddleStitch.Sheet(6, 3, 4, 5)),
        SaddleStitch.sheets(8));
  }

  @Test
  void eightImposedPagesReadBackAsTheBriefDrawsThem() throws IOException {
    PrintFile file = new SaddleStitch(Duplex.SHORT_EDGE, false).lay(NumberedPages.a5(8));
    try (PDDocument doc = Loader.loadPDF(file.pdf())) {
      assertEquals(4, doc.getNumberOfPages());
      assertArrayEquals(new String[] {"8", "1"}, NumberedPages.halves(doc.getPage(0)));
      assertArrayEquals(new String[] {"2", "7"}, NumberedPages.halves(doc.getPage(1)));
      assertArrayEquals(new String[] {"6", "3"}, NumberedPages.halves(doc.getPage(2)));
      assertArrayEquals(new String[] {"4", "5"}, NumberedPages.halves(doc.getPage(3)));
    }
  }

  /**
   * Reads every half-side back and folds the sheets the way a person does (stacked, outermost
   * first, folded together): the booklet must then read 1, 2, 3... to its last page, then blanks.
   */
  @ParameterizedTest(name = "{0} pages, {1}")
  @CsvSource({
    "8, LONG_EDGE",
    "8, SHORT_EDGE",
    "16, LONG_EDGE",
    "16, SHORT_EDGE",
    "20, LONG_EDGE",
    "20, SHORT_EDGE",
    "18, LONG_EDGE",
    "17, SHORT_EDGE",
    "1, LONG_EDGE"
  })
  void theFoldedSheetsReadInPageOrder(int pages, Duplex duplex) throws IOException {
    PrintFile file = new SaddleStitch(duplex, false).lay(NumberedPages.a5(pages));
    int slots = (pages + 3) / 4 * 4;
    try (PDDocument doc = Loader.loadPDF(file.pdf())) {
      assertEquals(slots / 2, doc.getNumberOfPages());
      assertEquals(slots / 2, file.pages());
      List<String> read = foldedReadingOrder(doc, duplex);
      List<String> expected = new ArrayList<>();
      for (int n = 1; n <= slots; n++) {
        expected.add(n <= pages ? String.valueOf(n) : "");
      }
      assertEquals(expected, read);
    }
  }

  /**
   * Each side read as the person holding the folded stack sees it, in the order they turn the
   * leaves.
   */
  private static List<String> foldedReadingOrder(PDDocument doc, Duplex duplex) throws IOException {
    int sheets = doc.getNumberOfPages() / 2;
    String[][] fronts = new String[sheets][];
    String[][] backs = new String[sheets][];
    for (int i = 0; i < sheets; i++) {
      fronts[i] = NumberedPages.halves(doc.getPage(2 * i));
      String[] back = NumberedPages.halves(doc.getPage(2 * i + 1));
      // A long-edge printer turns the sheet top over bottom: what the file has on the back's right
      // half lands behind the front's right half, upside down, and is seen on the left once turned.
      backs[i] = duplex == Duplex.LONG_EDGE ? new String[] {back[1], back[0]} : back;
    }
    List<String> read = new ArrayList<>();
    for (int i = 0; i < sheets; i++) {
      read.add(fronts[i][1]);
      read.add(backs[i][0]);
    }
    for (int i = sheets - 1; i >= 0; i--) {
      read.add(backs[i][1]);
      read.add(fronts[i][0]);
    }
    return read;
  }

  @Test
  void longEdgeBacksAreUpsideDownAndShortEdgeBacksUpright() throws IOException {
    byte[] booklet = NumberedPages.a5(8);
    try (PDDocument longEdge =
            Loader.loadPDF(new SaddleStitch(Duplex.LONG_EDGE, false).lay(booklet).pdf());
        PDDocument shortEdge =
            Loader.loadPDF(new SaddleStitch(Duplex.SHORT_EDGE, false).lay(booklet).pdf())) {
      assertEquals(Set.of(0), directions(longEdge, 0));
      assertEquals(Set.of(180), directions(longEdge, 1));
      assertEquals(Set.of(0), directions(longEdge, 2));
      assertEquals(Set.of(180), directions(longEdge, 3));
      assertEquals(Set.of(0), directions(shortEdge, 1));
      assertEquals(Set.of(0), directions(shortEdge, 3));
    }
  }

  private static Set<Integer> directions(PDDocument doc, int pageIndex) throws IOException {
    Set<Integer> directions = new HashSet<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition text) {
            directions.add(Math.round(text.getDir()));
          }
        };
    stripper.setStartPage(pageIndex + 1);
    stripper.setEndPage(pageIndex + 1);
    stripper.getText(doc);
    return directions;
  }

  @Test
  void a5PagesGoOnA4LandscapeSheetsMeetingAtTheFold() throws IOException {
    PrintFile file = new SaddleStitch(Duplex.LONG_EDGE, false).lay(NumberedPages.a5(16));
    assertTrue(file.summary().startsWith("4 A4 sheets"), file.summary());
    try (PDDocument doc = Loader.loadPDF(file.pdf())) {
      for (PDPage page : doc.getPages()) {
        PDRectangle box = page.getMediaBox();
        assertEquals(A4_LONG, box.getWidth(), 0.01);
        assertEquals(A4_SHORT, box.getHeight(), 0.01);
        assertEquals(0, page.getRotation());
      }
    }
  }

  @Test
  void pagesMeetAtTheFoldAtActualSize() throws IOException {
    // page 1 has a blue band from edge to edge; on the first front it is right of the fold, page 20
    // left of it blank
    PrintFile file = new SaddleStitch(Duplex.LONG_EDGE, false).lay(NumberedPages.withBand(20));
    try (PDDocument doc = Loader.loadPDF(file.pdf())) {
      float dpi = 144;
      BufferedImage front = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
      int fold = front.getWidth() / 2;
      int pageWidth = Math.round(NumberedPages.A5.getWidth() * dpi / 72);
      int y = Math.round(NumberedPages.BAND / 2 * dpi / 72);
      assertEquals(Color.WHITE, new Color(front.getRGB(fold - 2, y)));
      assertEquals(Color.BLUE, new Color(front.getRGB(fold + 2, y)));
      assertEquals(Color.BLUE, new Color(front.getRGB(fold + pageWidth - 2, y)));
      assertEquals(Color.WHITE, new Color(front.getRGB(fold + pageWidth + 2, y)));
    }
  }

  @Test
  void a4PagesGoOnA3Sheets() throws IOException {
    PrintFile file =
        new SaddleStitch(Duplex.LONG_EDGE, false)
            .lay(NumberedPages.make(4, NumberedPages.A4, false));
    assertTrue(file.summary().startsWith("1 A3 sheet "), file.summary());
    try (PDDocument doc = Loader.loadPDF(file.pdf())) {
      assertEquals(420 * PageForms.MM, doc.getPage(0).getMediaBox().getWidth(), 0.01);
      assertEquals(297 * PageForms.MM, doc.getPage(0).getMediaBox().getHeight(), 0.01);
      assertArrayEquals(new String[] {"4", "1"}, NumberedPages.halves(doc.getPage(0)));
    }
  }

  @Test
  void aPageCountThatIsNoMultipleOfFourIsPaddedAtTheEndAndSaysSo() throws IOException {
    PrintFile file = new SaddleStitch(Duplex.SHORT_EDGE, false).lay(NumberedPages.a5(18));
    assertEquals(2, file.blanksAdded());
    assertEquals(10, file.pages());
    assertEquals(1, file.warnings().size(), file.warnings().toString());
    assertTrue(
        file.warnings().get(0).contains("18 pages")
            && file.warnings().get(0).contains("2 blank pages"),
        file.warnings().get(0));
    try (PDDocument doc = Loader.loadPDF(file.pdf())) {
      assertArrayEquals(new String[] {"", "1"}, NumberedPages.halves(doc.getPage(0)));
      assertArrayEquals(new String[] {"2", ""}, NumberedPages.halves(doc.getPage(1)));
      assertArrayEquals(new String[] {"18", "3"}, NumberedPages.halves(doc.getPage(2)));
    }
    assertTrue(
        new SaddleStitch(Duplex.SHORT_EDGE, false).lay(NumberedPages.a5(20)).warnings().isEmpty());
  }

  @Test
  void marksAreDrawnInTheSheetMarginOutsideThePages() throws IOException {
    PrintFile file = new SaddleStitch(Duplex.LONG_EDGE, true).lay(NumberedPages.a5(8));
    assertTrue(
        file.warnings().stream().anyMatch(w -> w.contains("scaled to 91 %")),
        file.warnings().toString());
    try (PDDocument doc = Loader.loadPDF(file.pdf())) {
      for (PDPage page : doc.getPages()) {
        assertEquals(A4_LONG, page.getMediaBox().getWidth(), 0.01);
        float margin = SaddleStitch.MARKS_MARGIN_MM * PageForms.MM;
        float pagesLeft =
            (A4_LONG
                    - (A4_SHORT - 2 * margin)
                        / NumberedPages.A5.getHeight()
                        * 2
                        * NumberedPages.A5.getWidth())
                / 2;
        List<Line2D> lines = StrokedLines.of(page);
        // 8 crop-mark lines at the corners, 2 fold-mark lines at the top and bottom of the fold
        assertEquals(10, lines.size(), lines.toString());
        for (Line2D line : lines) {
          boolean besideThePages =
              Math.max(line.getX1(), line.getX2()) < pagesLeft + 0.01
                  || Math.min(line.getX1(), line.getX2()) > A4_LONG - pagesLeft - 0.01;
          boolean aboveOrBelow =
              Math.max(line.getY1(), line.getY2()) < margin + 0.01
                  || Math.min(line.getY1(), line.getY2()) > A4_SHORT - margin - 0.01;
          assertTrue(
              besideThePages || aboveOrBelow,
              "a mark over the pages: " + line.getP1() + " " + line.getP2());
        }
        long fold =
            lines.stream()
                .filter(
                    l ->
                        Math.abs(l.getX1() - A4_LONG / 2) < 0.01
                            && Math.abs(l.getX2() - A4_LONG / 2) < 0.01)
                .count();
        assertEquals(2, fold);
      }
    }
  }

  @Test
  void theSameBookletGivesTheSameBytes() throws IOException {
    byte[] booklet = NumberedPages.a5(12);
    SaddleStitch layout = new SaddleStitch(Duplex.LONG_EDGE, true);
    assertArrayEquals(layout.lay(booklet).pdf(), layout.lay(booklet).pdf());
  }
}
