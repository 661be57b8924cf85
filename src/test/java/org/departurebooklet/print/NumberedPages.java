package org.departurebooklet.print;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** Test booklets whose pages show nothing but their number, big, and how to read it back. */
final class NumberedPages {

  /** An A5 page as OpenHTMLtoPDF writes it, in points. */
  static final PDRectangle A5 = new PDRectangle(419.512f, 595.275f);

  static final PDRectangle A4 = new PDRectangle(595.275f, 841.89f);

  /** Height of the blue band that {@link #withBand} draws across the top edge of page 1. */
  static final float BAND = 40;

  private NumberedPages() {}

  static byte[] a5(int pages) {
    return make(pages, A5, false);
  }

  /**
   * Like {@link #a5}, with a blue band across the top of page 1 that touches the page's top and
   * side edges.
   */
  static byte[] withBand(int pages) {
    return make(pages, A5, true);
  }

  static byte[] make(int pages, PDRectangle size, boolean band) {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      for (int n = 1; n <= pages; n++) {
        PDPage page = new PDPage(size);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          if (band && n == 1) {
            content.setNonStrokingColor(0f, 0f, 1f);
            content.addRect(0, size.getHeight() - BAND, size.getWidth(), BAND);
            content.fill();
            content.setNonStrokingColor(0f);
          }
          String text = String.valueOf(n);
          float fontSize = 120;
          content.beginText();
          content.setFont(font, fontSize);
          content.newLineAtOffset(
              (size.getWidth() - font.getStringWidth(text) / 1000 * fontSize) / 2,
              size.getHeight() / 2 - fontSize / 3);
          content.showText(text);
          content.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text on the left and the right half of a page, each stripped of spaces ("" for a blank
   * half).
   */
  static String[] halves(PDPage page) throws IOException {
    PDRectangle box = page.getMediaBox();
    PDFTextStripperByArea stripper = new PDFTextStripperByArea();
    stripper.addRegion("left", new Rectangle2D.Float(0, 0, box.getWidth() / 2, box.getHeight()));
    stripper.addRegion(
        "right", new Rectangle2D.Float(box.getWidth() / 2, 0, box.getWidth() / 2, box.getHeight()));
    stripper.extractRegions(page);
    return new String[] {
      stripper.getTextForRegion("left").strip(), stripper.getTextForRegion("right").strip()
    };
  }
}
