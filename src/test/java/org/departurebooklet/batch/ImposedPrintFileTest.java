package org.departurebooklet.batch;

import static org.departurebooklet.batch.BatchFixtures.roster;
import static org.departurebooklet.batch.BatchFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.departurebooklet.cli.ExitCodes;
import org.departurebooklet.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --combined FILE --imposition saddle-stitch}: every booklet folded from its own
 * sheets.
 */
class ImposedPrintFileTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int batch(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "batch";
    System.arraycopy(args, 0, all, 1, args.length);
    return Main.run(all, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void theCombinedFileHoldsEachBookletOnItsOwnA4SheetsAndTheStudentsPdfsStayAsTheyAre()
      throws Exception {
    Path roster =
        roster(
            dir,
            row("S1", "Anna Berg", "return-home", "SE"),
            row("S2", "Chen Wei", "work-abroad", "SG"));
    Path outDir = dir.resolve("out");
    Path print = dir.resolve("print.pdf");
    int code =
        batch(
            "--roster",
            roster.toString(),
            "--out",
            outDir.toString(),
            "--today",
            "2026-11-25",
            "--combined",
            print.toString(),
            "--imposition",
            "saddle-stitch",
            "--marks");
    assertEquals(ExitCodes.OK, code, err.toString());

    List<CSVRecord> rows = BatchRunTest.manifest(outDir.resolve("manifest.csv"));
    int sides = 0;
    boolean anyPadded = false;
    for (CSVRecord row : rows) {
      int pages = Integer.parseInt(row.get("pages"));
      sides += (pages + 3) / 4 * 2;
      anyPadded |= pages % 4 != 0;
      try (PDDocument own = Loader.loadPDF(outDir.resolve(row.get("file")).toFile())) {
        assertEquals(pages, own.getNumberOfPages(), "the student's own PDF is not imposed");
        assertTrue(own.getDocumentCatalog().getStructureTreeRoot() != null, "and keeps its tags");
      }
    }
    assertTrue(err.toString().contains("saddle stitch, long-edge duplex, marks"), err.toString());
    assertEquals(anyPadded, err.toString().contains("blank pages were added"), err.toString());
    assertTrue(err.toString().contains("scaled to 91 %"), err.toString());
    try (PDDocument doc = Loader.loadPDF(print.toFile())) {
      assertEquals(sides, doc.getNumberOfPages());
      for (PDPage page : doc.getPages()) {
        assertEquals(842, Math.round(page.getMediaBox().getWidth()));
        assertEquals(595, Math.round(page.getMediaBox().getHeight()));
      }
      String text = new PDFTextStripper().getText(doc);
      assertTrue(
          text.contains("Anna Berg") && text.contains("Chen Wei"), "both booklets are in it");
    }
  }

  @Test
  void aLayoutWithoutCombinedIsAUsageError() throws Exception {
    Path roster = roster(dir, row("S1", "Anna Berg", "return-home", "SE"));
    Path outDir = dir.resolve("out");
    assertEquals(
        ExitCodes.USAGE,
        batch(
            "--roster",
            roster.toString(),
            "--out",
            outDir.toString(),
            "--imposition",
            "saddle-stitch"));
    assertTrue(err.toString().contains("add --combined FILE"), err.toString());
    assertEquals(
        ExitCodes.USAGE,
        batch(
            "--roster",
            roster.toString(),
            "--out",
            outDir.toString(),
            "--combined",
            dir.resolve("p.pdf").toString(),
            "--bleed",
            "3",
            "--imposition",
            "saddle-stitch"));
    assertFalse(Files.exists(outDir), "nothing was made");
  }
}
