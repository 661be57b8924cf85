package org.departurebooklet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.departurebooklet.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The booklets a batch writes conform like any other (PDF/UA-1, PDF/A-2u); the combined print file
 * is exempt from both (merging drops the tag tree) but must stay a valid PDF.
 */
class BatchOutputConformanceTest {

  @TempDir Path dir;

  @Test
  void batchBookletsConformAndThePrintFileIsAValidPdf() throws Exception {
    Path roster = dir.resolve("class.csv");
    Files.writeString(
        roster,
        """
        student_id,name,graduation_date,departure_date,plan,destination,language
        S1,Nguyễn Thị Ngọc Ánh,2027-03-18,2027-04-09,work-abroad,VN,vi
        S2,山田 花子,2027-03-18,2027-04-02,return-home,KR,ja
        """);
    Path out = dir.resolve("out");
    Path print = dir.resolve("print.pdf");
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "batch",
              "--roster",
              roster.toString(),
              "--out",
              out.toString(),
              "--today",
              "2026-11-25",
              "--combined",
              print.toString()
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertEquals(0, code, err.toString());
    List<Path> pdfs;
    try (Stream<Path> files = Files.list(out)) {
      pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    assertEquals(2, pdfs.size());
    for (Path pdf : pdfs) {
      byte[] bytes = Files.readAllBytes(pdf);
      assertEquals(List.of(), Conformance.failures(bytes, PDFAFlavour.PDFUA_1), pdf.toString());
      assertEquals(List.of(), Conformance.failures(bytes, PDFAFlavour.PDFA_2_U), pdf.toString());
    }
    try (PDDocument doc = Loader.loadPDF(print.toFile())) {
      assertTrue(doc.getNumberOfPages() % 2 == 0 && doc.getNumberOfPages() > 20);
    }
  }
}
