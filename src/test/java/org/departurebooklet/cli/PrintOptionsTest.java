package org.departurebooklet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code generate --imposition ...} and {@code --bleed ...}: print files from the command line. */
class PrintOptionsTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void theSampleIsImposedOnA4SheetsWithTheCoverOnTheFirstFront() throws Exception {
    Path pdf = dir.resolve("imposed.pdf");
    Run r =
        run(
            "generate",
            "--sample",
            "--today",
            "2026-11-25",
            "--imposition",
            "saddle-stitch",
            "-o",
            pdf.toString());
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("A4 sheets printed on both sides, long-edge duplex"), r.out);
    assertTrue(r.out.contains("neither PDF/UA nor PDF/A"), r.out);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      Matcher padded =
          Pattern.compile("the booklet has (\\d+) pages, not a multiple of 4").matcher(r.err);
      if (padded.find()) {
        int pages = Integer.parseInt(padded.group(1));
        assertEquals((pages + 3) / 4 * 2, doc.getNumberOfPages());
      } else {
        assertTrue(r.err.isBlank(), r.err);
      }
      PDRectangle sheet = doc.getPage(0).getMediaBox();
      assertEquals(842, Math.round(sheet.getWidth()));
      assertEquals(595, Math.round(sheet.getHeight()));
      assertTrue(firstPageText(doc).contains("Leaving Japan"));
    }
  }

  @Test
  void aBleedGrowsEveryPageAroundItsTrimBox() throws Exception {
    Path pdf = dir.resolve("bleed.pdf");
    Run r =
        run("generate", "--sample", "--today", "2026-11-25", "--bleed", "3", "-o", pdf.toString());
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("3 mm bleed, trimmed to 148 × 210 mm"), r.out);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (PDPage page : doc.getPages()) {
        assertEquals(148 + 6, Math.round(page.getMediaBox().getWidth() * 25.4 / 72));
        assertEquals(148, Math.round(page.getTrimBox().getWidth() * 25.4 / 72));
        assertEquals(210, Math.round(page.getTrimBox().getHeight() * 25.4 / 72));
      }
      assertTrue(firstPageText(doc).contains("Lê Thị Hồng Nhung"));
    }
  }

  private static String firstPageText(PDDocument doc) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setEndPage(1);
    return stripper.getText(doc);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--imposition fold-in-three | --imposition \"fold-in-three\" is not an imposition (use saddle-stitch)",
        "--imposition saddle-stitch --duplex sideways | --duplex \"sideways\" is not a duplex mode (use long-edge or short-edge)",
        "--duplex short-edge | --duplex goes with --imposition saddle-stitch",
        "--marks | --marks goes with --imposition saddle-stitch",
        "--bleed 3 --imposition saddle-stitch | --bleed makes single pages for a print shop to cut",
        "--bleed 0 | --bleed \"0\" is not a bleed in mm (use a number from 1 to 10, e.g. 3)",
        "--bleed 3mm | --bleed \"3mm\" is not a bleed in mm",
        "--imposition saddle-stitch --html | leave out --html and --ics"
      })
  void optionsThatDoNotGoTogetherAreRefusedBeforeAnythingIsWritten(String options, String message) {
    Path pdf = dir.resolve("x.pdf");
    String[] args = ("generate --sample -o " + pdf + " " + options).split(" ");
    Run r = run(args);
    assertEquals(ExitCodes.USAGE, r.code, r.err);
    assertTrue(r.err.contains(message), r.err);
    assertFalse(Files.exists(pdf));
  }
}
