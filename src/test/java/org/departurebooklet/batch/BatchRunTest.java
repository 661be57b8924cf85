package org.departurebooklet.batch;

import static org.departurebooklet.batch.BatchFixtures.OPTIONS;
import static org.departurebooklet.batch.BatchFixtures.request;
import static org.departurebooklet.batch.BatchFixtures.roster;
import static org.departurebooklet.batch.BatchFixtures.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.departurebooklet.TestBooklets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunTest {

  @TempDir Path dir;

  private BatchSummary run(BatchRequest request) throws IOException {
    return BatchRun.run(TestBooklets.get(), request, new PrintWriter(new StringWriter()), false);
  }

  static List<CSVRecord> manifest(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      reader.read(); // the BOM
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    }
  }

  static List<Path> pdfs(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
    }
  }

  @Test
  void rerunSkipsUnchangedRowsRedoesChangedOnesAndForceGivesIdenticalBytes() throws IOException {
    Path out = dir.resolve("out");
    Path roster =
        roster(
            dir,
            row("S1", "Anna Berg", "return-home", "SE"),
            row("S2", "Ben Okafor", "undecided", "NG"));
    assertEquals(2, run(request(roster, out, false)).ok());
    byte[] first = Files.readAllBytes(out.resolve("S1_Anna_Berg.pdf"));

    BatchSummary again = run(request(roster, out, false));
    assertEquals(2, again.skipped());
    assertEquals(
        List.of("skipped", "skipped"),
        manifest(out.resolve("manifest.csv")).stream().map(r -> r.get("status")).toList());

    roster(
        dir,
        row("S1", "Anna Berg", "return-home", "SE"),
        row("S2", "Ben Okafor", "work-abroad", "NG"));
    BatchSummary changed = run(request(roster, out, false));
    assertEquals(1, changed.skipped());
    assertEquals(1, changed.ok());

    Files.write(out.resolve("S1_Anna_Berg.pdf"), new byte[] {'%', 'P', 'D', 'F'});
    assertEquals(1, run(request(roster, out, false)).ok(), "a damaged file is made again");

    BatchSummary forced = run(request(roster, out, true));
    assertEquals(2, forced.ok());
    assertArrayEquals(
        first,
        Files.readAllBytes(out.resolve("S1_Anna_Berg.pdf")),
        "the same input gives the same bytes");
  }

  @Test
  void combinedFileStartsEveryBookletOnAnOddPageAndZipHoldsEverything() throws Exception {
    Path out = dir.resolve("out");
    Path roster =
        roster(
            dir,
            row("S1", "Anna Berg", "return-home", "SE"),
            row("S2", "Ben Okafor", "undecided", "NG"),
            row("S3", "Chen Wei", "work-abroad", "SG"));
    Path combined = dir.resolve("print.pdf");
    Path zip = dir.resolve("class.zip");
    BatchRequest request =
        new BatchRequest(
            roster,
            Optional.empty(),
            out,
            2,
            OPTIONS,
            List.of(new CalendarFiles(), new PrintFileOutput(combined), new ZipBundle(zip)),
            false,
            Shard.ALL);
    run(request);

    List<CSVRecord> rows = manifest(out.resolve("manifest.csv"));
    int start = 0;
    try (PDDocument print = Loader.loadPDF(combined.toFile())) {
      PDFTextStripper text = new PDFTextStripper();
      for (CSVRecord row : rows) {
        int pages = Integer.parseInt(row.get("pages"));
        assertEquals(0, start % 2, "booklet " + row.get("file") + " starts on page " + (start + 1));
        text.setStartPage(start + 1);
        text.setEndPage(start + pages);
        String name =
            row.get("file").replaceFirst("^S\\d_", "").replace(".pdf", "").replace('_', ' ');
        assertTrue(text.getText(print).contains(name), name + " in its pages of the print file");
        start += pages + pages % 2;
      }
      assertEquals(start, print.getNumberOfPages());
    }

    List<String> entries = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.add(e.getName());
        if (!e.getName().equals("manifest.csv")) {
          assertArrayEquals(Files.readAllBytes(out.resolve(e.getName())), in.readAllBytes());
        }
      }
    }
    assertEquals(
        List.of(
            "S1_Anna_Berg.pdf",
            "S2_Ben_Okafor.pdf",
            "S3_Chen_Wei.pdf",
            "S1_Anna_Berg.ics",
            "S2_Ben_Okafor.ics",
            "S3_Chen_Wei.ics",
            "manifest.csv"),
        entries);
    Calendar calendar =
        new CalendarBuilder().build(Files.newInputStream(out.resolve("S2_Ben_Okafor.ics")));
    assertEquals(14, calendar.getComponents(Component.VEVENT).size(), "one event per step");

    // A rerun keeps the booklets and writes the calendar files again.
    Files.delete(out.resolve("S1_Anna_Berg.ics"));
    BatchSummary again = run(request);
    assertEquals(3, again.skipped());
    assertTrue(Files.isRegularFile(out.resolve("S1_Anna_Berg.ics")));
  }

  @Test
  void hostileAndDuplicateNamesGetSafeUniqueFilesInsideTheFolder() throws IOException {
    Path out = dir.resolve("out");
    Path roster =
        roster(
            dir,
            row("../x", "\"../../evil\"", "undecided", "US"),
            row("", "\"CON\"", "undecided", "US"),
            row("", "\"\u202Egnp.exe\"", "undecided", "US"),
            row("", "\"" + "山".repeat(100) + "\"", "undecided", "CN"),
            row("", "\"CON\"", "undecided", "US"));
    Path before = dir.resolve("evil.pdf");
    BatchSummary summary = run(request(roster, out, false));
    assertEquals(5, summary.ok());
    List<String> files =
        manifest(out.resolve("manifest.csv")).stream().map(r -> r.get("file")).toList();
    assertEquals(
        List.of("x_evil.pdf", "_CON.pdf", "gnp.exe.pdf", "山".repeat(33) + ".pdf", "_CON-2.pdf"),
        files);
    assertEquals(5, pdfs(out).size());
    assertTrue(Files.notExists(before));
  }
}
