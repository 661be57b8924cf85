package org.departurebooklet.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.cli.ExitCodes;
import org.departurebooklet.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class of 500 with one poison row in the middle, as the adversarial review ran it: 499 booklets,
 * and one error naming the row's line, the field and the value, with the exit code for "some rows
 * failed". The booklets are checked through the manifest and the files written; a few are read
 * back. Renders 499 booklets: about a minute on 2 free cores, and part of every build ({@code mvn
 * verify} runs every tag).
 */
@Tag("slow")
class PoisonRowAmongManyTest {

  private static final int ROWS = 500;

  /** The roster row that is poison; its line in the file is one more (the header is line 1). */
  private static final int POISON = 250;

  private static final int POISON_LINE = POISON + 1;

  @TempDir Path dir;

  @Test
  void oneBadRowAmong500IsOnePreciseErrorAnd499Booklets() throws Exception {
    StringBuilder csv = new StringBuilder(BatchFixtures.HEADER);
    for (int i = 1; i <= ROWS; i++) {
      csv.append(
          i == POISON
              ? "S" + i + ",Student " + i + ",2027-02-30,2027-04-09,,return-home,SE,\r\n"
              : BatchFixtures.row(
                  "S" + i, "Student " + i, i % 2 == 0 ? "return-home" : "work-abroad", "SE"));
    }
    Path roster = dir.resolve("class.csv");
    Files.writeString(roster, csv, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    StringWriter err = new StringWriter();

    int code =
        Main.run(
            new String[] {
              "batch",
              "--roster",
              roster.toString(),
              "--out",
              out.toString(),
              "--jobs",
              "2",
              "--today",
              "2026-11-25"
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));

    assertEquals(ExitCodes.PARTIAL, code, err.toString());
    String said = err.toString();
    assertTrue(
        said.contains(
            "class.csv line "
                + POISON_LINE
                + ": graduation_date \"2027-02-30\" is not a real date"),
        said);
    assertFalse(said.contains("Exception"), said);
    List<CSVRecord> rows = BatchRunTest.manifest(out.resolve("manifest.csv"));
    assertEquals(ROWS, rows.size());
    List<CSVRecord> failed = rows.stream().filter(r -> !r.get("status").equals("ok")).toList();
    assertEquals(1, failed.size(), () -> "failed rows: " + failed);
    CSVRecord poison = failed.get(0);
    assertEquals(
        List.of(Integer.toString(POISON_LINE), "S" + POISON, "error", ""),
        List.of(
            poison.get("line"),
            poison.get("student_id"),
            poison.get("status"),
            poison.get("file")));
    assertTrue(
        poison.get("message").contains("graduation_date \"2027-02-30\" is not a real date"),
        poison.get("message"));
    List<Path> pdfs = BatchRunTest.pdfs(out);
    assertEquals(ROWS - 1, pdfs.size());
    assertEquals(
        rows.stream().map(r -> r.get("file")).filter(f -> !f.isEmpty()).sorted().toList(),
        pdfs.stream().map(p -> p.getFileName().toString()).toList(),
        "the manifest names each booklet written");
    for (int i : new int[] {1, POISON - 1, POISON + 1, ROWS}) {
      Path pdf = out.resolve(String.format(Locale.ROOT, "S%d_Student_%d.pdf", i, i));
      assertTrue(
          TestBooklets.text(Files.readAllBytes(pdf)).contains("Student " + i), pdf.toString());
    }
  }
}
