package org.departurebooklet.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CombinedPrintFileTest {

  @TempDir Path dir;

  private Path booklet(String name, byte[] pdf) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, pdf);
    return file;
  }

  @Test
  void eachBookletIsImposedOnItsOwnSheetsAndPaddingIsReportedOnce() throws IOException {
    List<Path> booklets =
        List.of(
            booklet("a.pdf", NumberedPages.a5(18)),
            booklet("b.pdf", NumberedPages.a5(8)),
            booklet("c.pdf", NumberedPages.a5(17)));
    Path print = dir.resolve("print.pdf");
    CombinedPdf.Written written =
        CombinedPdf.write(
            print,
            booklets,
            Instant.EPOCH,
            Optional.of(new SaddleStitch(Duplex.SHORT_EDGE, false)));
    assertEquals(10 + 4 + 10, written.pages());
    assertEquals(1, written.warnings().size(), written.warnings().toString());
    assertTrue(
        written
                .warnings()
                .get(0)
                .startsWith("2 of 3 booklets have a page count that is not a multiple of 4")
            && written.warnings().get(0).contains("first: a.pdf: 18 pages + 2 blank"),
        written.warnings().get(0));
    try (PDDocument doc = Loader.loadPDF(print.toFile())) {
      assertEquals(24, doc.getNumberOfPages());
      assertArrayEquals(new String[] {"", "1"}, NumberedPages.halves(doc.getPage(0)));
      assertArrayEquals(new String[] {"8", "1"}, NumberedPages.halves(doc.getPage(10)));
      assertArrayEquals(new String[] {"4", "5"}, NumberedPages.halves(doc.getPage(13)));
      assertArrayEquals(new String[] {"", "1"}, NumberedPages.halves(doc.getPage(14)));
      assertArrayEquals(new String[] {"2", ""}, NumberedPages.halves(doc.getPage(15)));
    }
  }

  @Test
  void aBledBookletOfOddPagesGetsABlankPageTrimmedLikeTheOthers() throws IOException {
    Path print = dir.resolve("print.pdf");
    CombinedPdf.Written written =
        CombinedPdf.write(
            print,
            List.of(booklet("a.pdf", NumberedPages.a5(3))),
            Instant.EPOCH,
            Optional.of(new Bleed(BigDecimal.valueOf(3))));
    assertEquals(4, written.pages());
    assertTrue(written.warnings().isEmpty(), written.warnings().toString());
    try (PDDocument doc = Loader.loadPDF(print.toFile())) {
      PDPage first = doc.getPage(0);
      PDPage blank = doc.getPage(3);
      assertEquals(first.getMediaBox().toString(), blank.getMediaBox().toString());
      assertEquals(first.getTrimBox().toString(), blank.getTrimBox().toString());
      assertEquals(first.getBleedBox().toString(), blank.getBleedBox().toString());
      assertTrue(first.getTrimBox().getWidth() < first.getMediaBox().getWidth());
    }
  }
}
