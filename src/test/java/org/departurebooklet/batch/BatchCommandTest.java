package org.departurebooklet.batch;

import static org.departurebooklet.batch.BatchFixtures.roster;
import static org.departurebooklet.batch.BatchFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.departurebooklet.cli.ExitCodes;
import org.departurebooklet.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

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
  void poisonRowIsReportedWithLineAndFieldWhileTheOthersRenderAndExitSaysPartial()
      throws Exception {
    Path roster =
        roster(
            dir,
            row("S1", "Anna Berg", "return-home", "SE"),
            "S2,\"Multi\nLine\",2027-13-01,2027-04-09,,teleport,SE,\r\n",
            row("=cmd", "Chen Wei", "work-abroad", "SG"));
    Path outDir = dir.resolve("out");
    int code =
        batch("--roster", roster.toString(), "--out", outDir.toString(), "--today", "2026-11-25");

    assertEquals(ExitCodes.PARTIAL, code, err.toString());
    assertTrue(
        err.toString()
            .contains("class.csv line 3: graduation_date \"2027-13-01\" is not a real date"),
        err.toString());
    assertTrue(
        err.toString().contains("class.csv line 3: plan \"teleport\" is not a plan (use one of"),
        err.toString());
    List<CSVRecord> rows = BatchRunTest.manifest(outDir.resolve("manifest.csv"));
    assertEquals(List.of("2", "3", "5"), rows.stream().map(r -> r.get("line")).toList());
    assertEquals(List.of("ok", "error", "ok"), rows.stream().map(r -> r.get("status")).toList());
    assertTrue(rows.get(1).get("message").contains("graduation_date"));
    assertEquals("'=cmd", rows.get(2).get("student_id"));
    assertEquals("cmd_Chen_Wei.pdf", rows.get(2).get("file"));
    assertEquals(2, BatchRunTest.pdfs(outDir).size());
    assertTrue(Files.readString(outDir.resolve("manifest.csv")).contains("'=cmd"));
  }

  @Test
  void usageErrorsExitWithTwo() throws Exception {
    Path roster = roster(dir, row("S1", "Anna Berg", "return-home", "SE"));
    assertEquals(
        ExitCodes.USAGE,
        batch("--roster", roster.toString(), "--out", dir.toString(), "--shard", "5/4"));
    assertEquals(
        ExitCodes.USAGE,
        batch("--roster", dir.resolve("missing.csv").toString(), "--out", dir.toString()));
    assertEquals(
        ExitCodes.USAGE,
        batch("--roster", roster.toString(), "--out", dir.toString(), "--encoding", "latin1"));
    assertEquals(
        ExitCodes.USAGE,
        batch(
            "--roster",
            roster.toString(),
            "--out",
            dir.toString(),
            "--shard",
            "1/2",
            "--combined",
            dir.resolve("p.pdf").toString()));
    assertEquals(ExitCodes.USAGE, batch("--out", dir.toString()));
  }

  @Test
  void outputPathsThatCannotBeWrittenAreRefusedBeforeAnyBookletIsMade() throws Exception {
    Path roster = roster(dir, row("S1", "Anna Berg", "return-home", "SE"));
    Path outDir = dir.resolve("out");
    assertEquals(
        ExitCodes.USAGE,
        batch(
            "--roster",
            roster.toString(),
            "--out",
            outDir.toString(),
            "--combined",
            dir.toString()));
    assertTrue(
        err.toString()
            .contains(
                "--combined "
                    + dir
                    + ": is a folder; give a file name in it, such as "
                    + dir.resolve("print.pdf")),
        err.toString());
    assertEquals(ExitCodes.USAGE, batch("--roster", roster.toString(), "--out", roster.toString()));
    assertTrue(
        err.toString().contains("--out " + roster + ": is a file; give a folder"), err.toString());
    assertFalse(Files.exists(outDir), "nothing was made");
    assertFalse(err.toString().contains("Exception"), err.toString());
  }

  @Test
  void anUnclosedQuoteIsReportedAtTheLineWhereItOpens() throws Exception {
    Path roster = dir.resolve("class.csv");
    Files.writeString(
        roster,
        "student_id,name,graduation_date,departure_date,plan,destination\n"
            + "S1,\"Anna Berg,2027-03-18,2027-04-09,return-home,SE\n"
            + "S2,Ben Ng,2027-03-18,2027-04-09,return-home,SG\n");
    int code = batch("--roster", roster.toString(), "--out", dir.resolve("out").toString());
    assertEquals(ExitCodes.BAD_INPUT, code, err.toString());
    assertTrue(
        err.toString()
            .contains("class.csv line 2: a value opens a double quote that is never closed"),
        err.toString());
    assertFalse(
        err.toString().contains("EOF") || err.toString().contains("encapsulated"), err.toString());
  }

  @Test
  void aDeviceGivenAsTheRosterIsNamedAsNotAFile() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "a system with /dev/zero");
    assertEquals(
        ExitCodes.USAGE,
        batch("--roster", zero.toString(), "--out", dir.resolve("out").toString()));
    assertTrue(
        err.toString()
            .contains(
                "--roster /dev/zero: is not a regular file (it is a device, a pipe or a socket)"),
        err.toString());
  }

  @Test
  void aNameNoFontPrintsIsAnErrorRowNamingItsLineAndCharactersWhileTheOthersAreMade()
      throws Exception {
    // OpenHTMLtoPDF would print "#" for the emoji: the row is refused instead, as a bad field is.
    Path roster =
        roster(
            dir,
            row("S1", "Anna Berg", "return-home", "SE"),
            row("S2", "Ben \uD83D\uDE00 Okafor", "undecided", "NG"),
            row("S3", "Chen Wei", "work-abroad", "SG"));
    Path outDir = dir.resolve("out");
    int code =
        batch("--roster", roster.toString(), "--out", outDir.toString(), "--today", "2026-11-25");

    assertEquals(ExitCodes.PARTIAL, code, err.toString());
    assertTrue(
        err.toString()
                .contains(
                    "class.csv line 3: name \"Ben \uD83D\uDE00 Okafor\" has characters that no font"
                        + " of the booklet can print")
            && err.toString().contains("U+1F600"),
        err.toString());
    List<CSVRecord> rows = BatchRunTest.manifest(outDir.resolve("manifest.csv"));
    assertEquals(List.of("ok", "error", "ok"), rows.stream().map(r -> r.get("status")).toList());
    assertTrue(rows.get(1).get("message").contains("U+1F600"), rows.get(1).get("message"));
    assertEquals(2, BatchRunTest.pdfs(outDir).size());
  }
}
