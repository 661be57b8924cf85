package org.departurebooklet.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class BleedTest {

  private static final float BLEED = 3 * PageForms.MM;
  private static final PDRectangle PAGE = NumberedPages.A5;

  private static PDDocument bled(byte[] booklet) throws IOException {
    return Loader.loadPDF(new Bleed(new BigDecimal("3")).lay(booklet).pdf());
  }

  @Test
  void eachPageGrowsByTheBleedAndKeepsItsSizeAsTheTrimBox() throws IOException {
    try (PDDocument doc = bled(NumberedPages.a5(3))) {
      assertEquals(3, doc.getNumberOfPages());
      for (PDPage page : doc.getPages()) {
        PDRectangle media = page.getMediaBox();
        assertEquals(PAGE.getWidth() + 2 * BLEED, media.getWidth(), 0.01);
        assertEquals(PAGE.getHeight() + 2 * BLEED, media.getHeight(), 0.01);
        PDRectangle trim = page.getTrimBox();
        assertArrayEquals(
            new float[] {BLEED, BLEED, BLEED + PAGE.getWidth(), BLEED + PAGE.getHeight()},
            new float[] {
              trim.getLowerLeftX(),
              trim.getLowerLeftY(),
              trim.getUpperRightX(),
              trim.getUpperRightY()
            },
            0.01f);
        PDRectangle bleed = page.getBleedBox();
        assertEquals(media.getWidth(), bleed.getWidth(), 0.01);
        assertEquals(media.getHeight(), bleed.getHeight(), 0.01);
      }
    }
  }

  @Test
  void pagesStayInReadingOrderAndTheirTextExtractsOnce() throws IOException {
    try (PDDocument doc = bled(NumberedPages.withBand(3))) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int n = 1; n <= 3; n++) {
        stripper.setStartPage(n);
        stripper.setEndPage(n);
        assertEquals(String.valueOf(n), stripper.getText(doc).strip());
      }
    }
  }

  @Test
  void cropMarksAreDrawnOutsideTheTrimAtEachCorner() throws IOException {
    try (PDDocument doc = bled(NumberedPages.a5(1))) {
      PDPage page = doc.getPage(0);
      PDRectangle trim = page.getTrimBox();
      PDRectangle media = page.getMediaBox();
      List<Line2D> lines = StrokedLines.of(page);
      assertEquals(8, lines.size(), lines.toString());
      for (Line2D line : lines) {
        for (var point : List.of(line.getP1(), line.getP2())) {
          boolean insideTrim =
              point.getX() > trim.getLowerLeftX() + 0.01
                  && point.getX() < trim.getUpperRightX() - 0.01
                  && point.getY() > trim.getLowerLeftY() + 0.01
                  && point.getY() < trim.getUpperRightY() - 0.01;
          boolean onTrimCorner =
              Math.abs(point.getX() - trim.getLowerLeftX()) < 0.01
                  && Math.abs(point.getY() - trim.getLowerLeftY()) < 0.01;
          assertTrue(
              !insideTrim
                  && !onTrimCorner
                  && media.contains((float) point.getX(), (float) point.getY()),
              "a crop mark end at " + point);
        }
        boolean alongTrimEdge =
            Math.abs(line.getX1() - line.getX2()) < 0.01
                ? Math.abs(line.getX1() - trim.getLowerLeftX()) < 0.01
                    || Math.abs(line.getX1() - trim.getUpperRightX()) < 0.01
                : Math.abs(line.getY1() - trim.getLowerLeftY()) < 0.01
                    || Math.abs(line.getY1() - trim.getUpperRightY()) < 0.01;
        assertTrue(
            alongTrimEdge,
            "a crop mark that does not continue a trim edge: " + line.getP1() + " " + line.getP2());
      }
    }
  }

  @Test
  void aBandThatTouchesTheEdgeRunsIntoTheBleedAndTheRestOfTheBleedStaysWhite() throws IOException {
    try (PDDocument doc = bled(NumberedPages.withBand(2))) {
      float dpi = 144;
      BufferedImage first = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
      BufferedImage second = new PDFRenderer(doc).renderImageWithDPI(1, dpi);
      int bleed = Math.round(BLEED * dpi / 72); // 17 px
      int band = Math.round(NumberedPages.BAND * dpi / 72);
      int middle = first.getWidth() / 2;
      assertBlue(first, middle, bleed / 2, "top bleed above the band");
      assertBlue(first, bleed / 2, bleed / 2, "top-left corner of the bleed");
      assertBlue(first, bleed / 3, bleed + band / 2, "left bleed beside the band");
      assertBlue(
          first, first.getWidth() - 1 - bleed / 3, bleed + band / 2, "right bleed beside the band");
      assertWhite(first, bleed / 3, bleed + 2 * band, "left bleed below the band");
      assertWhite(first, middle, first.getHeight() - 1 - bleed / 2, "bottom bleed");
      assertWhite(second, middle, bleed / 2, "top bleed of a page without a band");
    }
  }

  private static void assertBlue(BufferedImage image, int x, int y, String where) {
    Color c = new Color(image.getRGB(x, y));
    assertTrue(c.getBlue() > 200 && c.getRed() < 60 && c.getGreen() < 60, where + " is " + c);
  }

  private static void assertWhite(BufferedImage image, int x, int y, String where) {
    Color c = new Color(image.getRGB(x, y));
    assertTrue(c.getBlue() > 240 && c.getRed() > 240 && c.getGreen() > 240, where + " is " + c);
  }

  @Test
  void aBleedOutsideOneToTenMillimetresIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Bleed(new BigDecimal("0.5")));
    assertThrows(IllegalArgumentException.class, () -> new Bleed(new BigDecimal("12")));
  }
}
