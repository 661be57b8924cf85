package org.departurebooklet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path student(String yaml) throws IOException {
    Path file = dir.resolve("me.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  private static final String GOOD =
      """
      name: Zhang Wei 张伟
      graduation_date: 2027-03-18
      departure_date: 2027-04-09
      plan: return-home
      destination: CN
      """;

  @Test
  void theSampleBookletIsWritten() throws IOException {
    Path pdf = dir.resolve("sample.pdf");
    Run r = run("generate", "--sample", "-o", pdf.toString(), "--today", "2026-11-25");
    assertEquals(0, r.code, r.err);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertTrue(doc.getNumberOfPages() >= 10);
    }
    assertTrue(r.out.contains("wrote"), r.out);
  }

  @Test
  void aStudentFileGivesTheirBookletOnA4() throws IOException {
    Path pdf = dir.resolve("me.pdf");
    Run r =
        run(
            "generate",
            "--student",
            student(GOOD).toString(),
            "-o",
            pdf.toString(),
            "--paper",
            "a4");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("a4"), r.out);
    assertTrue(Files.size(pdf) > 10_000);
  }

  @Test
  void icsWritesTheDeadlinesAsACalendarFile() throws Exception {
    Path ics = dir.resolve("deadlines.ics");
    Run r =
        run(
            "generate",
            "--student",
            student(GOOD).toString(),
            "--ics",
            "-o",
            ics.toString(),
            "--today",
            "2026-11-25");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("14 deadlines"), r.out);
    Calendar calendar = new CalendarBuilder().build(Files.newInputStream(ics));
    assertEquals(14, calendar.getComponents(Component.VEVENT).size());
    Run both = run("generate", "--sample", "--ics", "--html", "-o", ics.toString());
    assertEquals(ExitCodes.USAGE, both.code, both.err);
  }

  @Test
  void htmlWritesTheXhtmlThatIsRendered() throws IOException {
    Path xhtml = dir.resolve("me.xhtml");
    Run r =
        run("generate", "--student", student(GOOD).toString(), "--html", "-o", xhtml.toString());
    assertEquals(0, r.code, r.err);
    String markup = Files.readString(xhtml);
    assertTrue(
        markup.startsWith("<html") && markup.contains("Zhang Wei 张伟"), markup.substring(0, 200));
  }

  @Test
  void aBadStudentFileIsOneClearMessageExitThreeAndNoPdf() throws IOException {
    Path pdf = dir.resolve("bad.pdf");
    Run r =
        run(
            "generate",
            "--student",
            student(GOOD.replace("2027-03-18", "2027-02-30")).toString(),
            "-o",
            pdf.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code);
    assertTrue(
        r.err.contains(
            "me.yaml line 2: graduation_date \"2027-02-30\" is not a real date (use YYYY-MM-DD"),
        r.err);
    assertFalse(
        r.err.contains("Exception") || r.err.contains("\tat "), "stack trace shown: " + r.err);
    assertFalse(Files.exists(pdf));
  }

  @Test
  void aFailedRunLeavesAnEarlierBookletUntouched() throws IOException {
    Path pdf = dir.resolve("keep.pdf");
    Files.writeString(pdf, "earlier");
    Run r =
        run(
            "generate",
            "--student",
            student(GOOD.replace("CN", "XX")).toString(),
            "-o",
            pdf.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code);
    assertEquals("earlier", Files.readString(pdf));
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void aNameNoFontCoversIsRefusedWithItsCharacters() throws IOException {
    Run r =
        run(
            "generate",
            "--student",
            student(GOOD.replace("张伟", "\uD83D\uDE00")).toString(),
            "-o",
            dir.resolve("x.pdf").toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code);
    assertTrue(r.err.contains("me.yaml line 1: name") && r.err.contains("U+1F600"), r.err);
  }

  @Test
  void aSchoolProfileIsPrintedOnTheCover() throws IOException {
    Path school = dir.resolve("school.yaml");
    Files.writeString(
        school, "name: Sakura International College\ncontact: International Office, room 203\n");
    Path pdf = dir.resolve("school.pdf");
    Run r = run("generate", "--sample", "--school", school.toString(), "-o", pdf.toString());
    assertEquals(0, r.code, r.err);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String cover =
          new PDFTextStripper() {
            {
              setEndPage(1);
            }
          }.getText(doc);
      assertTrue(
          cover.contains("Sakura International College")
              && cover.contains("International Office, room 203"),
          cover);
    }
    Files.writeString(school, "contact: nobody\n");
    Run bad = run("generate", "--sample", "--school", school.toString(), "-o", pdf.toString());
    assertEquals(ExitCodes.BAD_INPUT, bad.code);
    assertTrue(bad.err.contains("school.yaml: name is missing"), bad.err);

    Files.writeString(school, "name: \"\uD80C\uDC00 School\"\n", StandardCharsets.UTF_8);
    Run unprintable =
        run("generate", "--sample", "--school", school.toString(), "-o", pdf.toString());
    assertEquals(ExitCodes.BAD_INPUT, unprintable.code);
    assertTrue(
        unprintable.err.contains(
            school + ": name \"\uD80C\uDC00 School\" has characters that no font"),
        unprintable.err);
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(ExitCodes.USAGE, run("generate", "--sample").code, "missing -o");
    assertEquals(ExitCodes.USAGE, run("generate", "--sample", "-o", "x.pdf", "--bogus").code);
    assertEquals(
        ExitCodes.USAGE,
        run("generate", "--student", dir.resolve("nope.yaml").toString(), "-o", "x.pdf").code);
    Run paper =
        run("generate", "--sample", "-o", dir.resolve("x.pdf").toString(), "--paper", "letter");
    assertEquals(ExitCodes.USAGE, paper.code);
    assertTrue(
        paper.err.contains("--paper \"letter\" is not a paper size (use a5 or a4)"), paper.err);
    assertEquals(ExitCodes.USAGE, run().code, "no command");
  }

  @Test
  void usageErrorsSayWhatIsWrongAndWhereToLookWithoutTheWholeHelp() {
    Run date =
        run("generate", "--sample", "-o", dir.resolve("x.pdf").toString(), "--today", "2027-02-30");
    assertEquals(ExitCodes.USAGE, date.code);
    assertTrue(
        date.err.contains("\"2027-02-30\" is not a date (write YYYY-MM-DD, a real day"), date.err);
    assertTrue(date.err.contains("see: booklet generate --help"), date.err);
    assertFalse(
        date.err.contains("Usage:") || date.err.contains("DateTimeParseException"), date.err);
  }

  @Test
  void anOutputThatCannotBeWrittenIsRefusedBeforeAnyWorkWithoutAStackTrace() throws IOException {
    Run folder = run("generate", "--sample", "-o", dir.toString());
    assertEquals(ExitCodes.USAGE, folder.code);
    assertTrue(
        folder.err.contains(
            "-o "
                + dir
                + ": is a folder; give a file name in it, such as "
                + dir.resolve("booklet.pdf")),
        folder.err);

    Run blank = run("generate", "--sample", "-o", "");
    assertEquals(ExitCodes.USAGE, blank.code);
    assertTrue(blank.err.contains("-o: give a file name"), blank.err);

    Path file = Files.writeString(dir.resolve("notes.txt"), "x");
    Run underFile = run("generate", "--sample", "-o", file.resolve("me.pdf").toString());
    assertEquals(ExitCodes.USAGE, underFile.code);
    assertTrue(underFile.err.contains(file + " is a file, not a folder"), underFile.err);

    Path device = Path.of("/dev/null");
    Run special =
        Files.exists(device) ? run("generate", "--sample", "-o", device.toString()) : folder;
    assertEquals(ExitCodes.USAGE, special.code);
    assertTrue(special == folder || special.err.contains("is not an ordinary file"), special.err);

    for (Run r : new Run[] {folder, blank, underFile, special}) {
      assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), r.err);
      assertFalse(r.out.contains("wrote"), "nothing was rendered: " + r.out);
    }
  }

  @Test
  void aFileProblemWhileWritingIsOneLineNamingTheFileAndTheReason() {
    Path proc = Path.of("/proc");
    Assumptions.assumeTrue(Files.isDirectory(proc.resolve("self")), "needs Linux /proc");
    // /proc takes no new files: the check before rendering may pass (root may write anywhere),
    // then creating the file fails.
    Run r = run("generate", "--sample", "-o", "/proc/booklet.pdf");
    assertTrue(r.code == ExitCodes.FILE_ACCESS || r.code == ExitCodes.USAGE, r.code + " " + r.err);
    assertTrue(r.err.startsWith("error: ") && r.err.contains("/proc/booklet.pdf"), r.err);
    assertFalse(
        r.err.contains("Exception") || r.err.contains("\tat ") || r.err.contains(".part"), r.err);
  }

  @Test
  void everyCommandHasHelp() {
    for (String[] args : new String[][] {{"--help"}, {"generate", "--help"}, {"bench", "--help"}}) {
      Run r = run(args);
      assertEquals(0, r.code, String.join(" ", args));
      assertTrue(r.out.contains("Usage:"), r.out);
    }
    assertTrue(run("--help").out.contains("Exit codes:"));
  }
}
