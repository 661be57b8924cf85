package org.departurebooklet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.departurebooklet.BookletException;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudentFileTest {

  private static final String GOOD =
      """
      name: Lê Thị Hồng Nhung
      student_id: "S2027-0042"
      graduation_date: 2027-03-18
      departure_date: 2027-04-09
      plan: work-abroad
      destination: sg
      """;

  /** Reads the file and checks it as generate does: the facade's one check. */
  private static Student parse(String yaml) {
    StudentFile file = StudentFile.parse(yaml.getBytes(StandardCharsets.UTF_8), "me.yaml");
    Booklets.Check check = TestBooklets.get().check(file.fields(), TestBooklets.options());
    if (!check.ok()) {
      throw BookletException.badInput(file.describe(check.problems()));
    }
    return check.student().orElseThrow().student();
  }

  private static String error(String yaml) {
    BookletException e = assertThrows(BookletException.class, () -> parse(yaml));
    assertEquals(BookletException.Kind.BAD_INPUT, e.kind());
    assertTrue(e.getMessage().startsWith("me.yaml"), e.getMessage());
    return e.getMessage();
  }

  @Test
  void aGoodFileGivesTheStudentWithDefaults() {
    Student s = parse(GOOD);
    assertEquals("Lê Thị Hồng Nhung", s.name());
    assertEquals(Optional.of("S2027-0042"), s.studentId());
    assertEquals(LocalDate.of(2027, 4, 9), s.moveOutDate(), "move-out defaults to departure");
    assertEquals(Plan.WORK_ABROAD, s.plan());
    assertEquals("SG", s.destination());
  }

  @Test
  void anImpossibleDateNamesTheFieldTheValueAndTheFormat() {
    String msg = error(GOOD.replace("2027-03-18", "2027-02-30"));
    assertTrue(
        msg.contains("graduation_date \"2027-02-30\" is not a real date (use YYYY-MM-DD"), msg);
  }

  @Test
  void aMissingFieldIsNamed() {
    String msg = error(GOOD.replace("plan: work-abroad\n", ""));
    assertTrue(
        msg.contains("plan is missing (use one of return-home, work-abroad, undecided)"), msg);
  }

  @Test
  void departureBeforeGraduationIsRefused() {
    String msg = error(GOOD.replace("2027-04-09", "2027-03-01"));
    assertTrue(
        msg.contains("departure_date \"2027-03-01\" is before graduation_date 2027-03-18"), msg);
  }

  @Test
  void anUnknownPlanListsThePlans() {
    String msg = error(GOOD.replace("work-abroad", "holiday"));
    assertTrue(
        msg.contains(
            "plan \"holiday\" is not a plan (use one of return-home, work-abroad, undecided)"),
        msg);
  }

  @Test
  void anUnknownCountryAsksForAnIsoCode() {
    String msg = error(GOOD.replace("destination: sg", "destination: Singapore"));
    assertTrue(
        msg.contains(
            "destination \"Singapore\" is not a country code (use a two-letter ISO 3166-1 code"),
        msg);
  }

  @Test
  void everyBadFieldIsReportedAtOnce() {
    String msg = error(GOOD.replace("2027-03-18", "soon").replace("work-abroad", "x"));
    assertTrue(msg.contains("graduation_date") && msg.contains("plan \"x\""), msg);
  }

  @Test
  void anUnknownFieldIsRefusedWithTheKnownOnes() {
    String msg = error(GOOD + "graduation: 2027-03-18\n");
    assertTrue(msg.contains("field \"graduation\" is not known (fields: student_id, name"), msg);
  }

  @Test
  void brokenYamlSaysWhere() {
    String msg = error("name: [unclosed\nplan: x\n");
    assertTrue(
        msg.contains("line 1, column 7: expected ',' or ']'"), "where the list opens: " + msg);
    String colon = error("name: Ann\ngraduation_date 2027-03-18\ndeparture_date: 2027-04-09\n");
    assertTrue(
        colon.contains("line 2, column 1: could not find expected ':'"),
        "the line of the mistake: " + colon);
    assertFalse(
        msg.contains("\n") || msg.contains("^") || msg.contains("'reader'"),
        "one line, no YAML parser dump: " + msg);
    String stray =
        error(
            "name: Ann\ngraduation_date: 2027-03-18\n- departure_date: 2027-04-09\nplan: undecided\n");
    assertTrue(
        stray.contains("line 3, column 1: expected <block end>, but found '-'"),
        "the stray list item's line: " + stray);
    assertTrue(stray.contains("check the indentation"), stray);
  }

  @Test
  void controlAndBidiCharactersAreStrippedFromNames() {
    Student s = parse(GOOD.replace("Lê Thị Hồng Nhung", "\"Ann\\u202E\\u200Bie\\u0007 Lee\""));
    assertEquals("Annie Lee", s.name());
  }

  private static Map<String, String> fields(String yaml) {
    return StudentFile.parse(yaml.getBytes(StandardCharsets.UTF_8), "me.yaml").fields();
  }

  @TempDir Path dir;

  @Test
  void plainValuesAreTheTextWrittenNotNumbersOrBooleans() {
    assertEquals("0042", fields("student_id: 0042\n").get("student_id"), "not octal 34");
    assertEquals("012345", fields("student_id: 012345\n").get("student_id"), "not octal 5349");
    assertEquals("0x2A", fields("student_id: 0x2A\n").get("student_id"), "not hex 42");
    assertEquals("1e3", fields("student_id: 1e3\n").get("student_id"), "not 1000.0");
    assertEquals("1_000", fields("student_id: 1_000\n").get("student_id"));
    assertEquals("No", fields("name: No\n").get("name"), "not false");
    assertEquals("yes", fields("name: yes\n").get("name"), "not true");
    assertEquals("null", fields("name: null\n").get("name"));
    assertEquals(
        "2027-03-18",
        fields("graduation_date: 2027-03-18\n").get("graduation_date"),
        "dates stay text");
    assertEquals("", fields("move_out_date:\n").get("move_out_date"), "no value is empty text");
  }

  @Test
  void quotedAndPlainValuesGiveTheSameText() {
    for (String value : new String[] {"0042", "No", "1e3", "0x2A", "2027-03-18", "~", "On"}) {
      assertEquals(
          fields("student_id: \"" + value + "\"\n"), fields("student_id: " + value + "\n"), value);
      assertEquals(
          fields("student_id: '" + value + "'\n"), fields("student_id: " + value + "\n"), value);
    }
  }

  @Test
  void norwayIsACountryAndALeadingZeroIdPrintsAsWritten() {
    Student s =
        parse(GOOD.replace("destination: sg", "destination: NO").replace("\"S2027-0042\"", "0042"));
    assertEquals("NO", s.destination());
    assertEquals(Optional.of("0042"), s.studentId());
  }

  @Test
  void japanIsRefusedAsTheCountryALeaverGoesTo() {
    String msg = error(GOOD.replace("destination: sg", "destination: jp"));
    assertTrue(
        msg.contains(
            "me.yaml line 6: destination \"jp\" is Japan: the booklet is for leaving Japan"),
        msg);
  }

  @Test
  void codesAreTakenOnlyAsWrittenInAsciiLettersOfEitherCase() {
    // Found by CheckFuzzTest: Java's case mapping made "ß" the code SS (South Sudan), "ﬆ" ST,
    // "ſg" SG (the long s upper-cases to S) and "ın" IN (the dotless i).
    for (String country : new String[] {"ß", "ﬆ", "ſg", "ſG", "ın"}) {
      String msg = error(GOOD.replace("destination: sg", "destination: " + country));
      assertTrue(
          msg.contains("me.yaml line 6: destination \"" + country + "\" is not a country code"),
          msg);
    }
    assertEquals("SG", parse(GOOD.replace("destination: sg", "destination: sG")).destination());
    assertEquals(Plan.WORK_ABROAD, parse(GOOD.replace("work-abroad", "Work-Abroad")).plan());
  }

  @Test
  void anEscapeBeyondUnicodeIsRefusedWithItsLine() {
    // Found by StudentFileFuzzTest: SnakeYAML parsed the 8 digits into an int, and from \U80000000
    // up a NumberFormatException escaped as an internal error with a stack trace.
    String msg = error(GOOD.replace("\"S2027-0042\"", "\"\\UFFFFFFFF\""));
    assertTrue(msg.startsWith("me.yaml line 2: an escape \\U... names no character"), msg);
    assertTrue(error(GOOD + "note: \"\\U80000000\"\n").startsWith("me.yaml line 7: "));
  }

  @Test
  void lineAndParagraphSeparatorsAreSpacesSoLinesAreTheEditorsOwn() {
    // Found by StudentFileFuzzTest: YAML breaks lines at U+2028, U+2029 and U+0085, editors do
    // not, so a message named line 3 of a file of two lines.
    String msg = error("name: Ann\u2028\u2028\u2028Lee: [\n");
    assertTrue(msg.startsWith("me.yaml line 1,"), msg);
    assertEquals(
        "Ann Lee Park", parse(GOOD.replace("Lê Thị Hồng Nhung", "Ann\u2029Lee\u0085Park")).name());
  }

  @Test
  void aFieldGivenTwiceIsRefusedWithBothLines() {
    String msg = error(GOOD + "name: Someone Else\n");
    assertTrue(msg.contains("me.yaml line 7: field name is given twice (also on line 1"), msg);
  }

  @Test
  void aUtf16FileIsAskedToBeSavedAsUtf8() {
    for (Charset utf16 :
        new Charset[] {
          StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE
        }) {
      BookletException e =
          assertThrows(
              BookletException.class,
              () -> StudentFile.parse(GOOD.getBytes(utf16), "me.yaml"),
              utf16.name());
      assertTrue(
          e.getMessage().contains("me.yaml: is saved as UTF-16")
              && e.getMessage().contains("save it as UTF-8"),
          e.getMessage());
    }
  }

  @Test
  void shiftJisBytesAreNamedWithTheirLine() {
    byte[] bytes =
        GOOD.replace("Lê Thị Hồng Nhung", "山田太郎").getBytes(Charset.forName("windows-31j"));
    BookletException e =
        assertThrows(BookletException.class, () -> StudentFile.parse(bytes, "me.yaml"));
    assertEquals(
        "me.yaml line 1: has bytes that are not UTF-8 (perhaps Shift_JIS); save the file as UTF-8",
        e.getMessage());
  }

  @Test
  void aRawControlCharacterIsNamedWithItsLine() {
    BookletException e =
        assertThrows(
            BookletException.class,
            () ->
                StudentFile.parse(
                    "student_id: S1\nname: Ann\u0007\n".getBytes(StandardCharsets.UTF_8),
                    "me.yaml"));
    assertTrue(e.getMessage().startsWith("me.yaml line 2: the character U+0007"), e.getMessage());
  }

  @Test
  void aDeviceIsRefusedAsNotARegularFile() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "a system with /dev/zero");
    BookletException e = assertThrows(BookletException.class, () -> StudentFile.read(zero));
    assertEquals(BookletException.Kind.USAGE, e.kind());
    assertTrue(e.getMessage().startsWith("/dev/zero: is not a regular file"), e.getMessage());
  }

  @Test
  void aPipeWithNoWriterIsRefusedInsteadOfWaitedOn() throws Exception {
    Path fifo = dir.resolve("me.yaml");
    assumeTrue(mkfifo(fifo), "a system with mkfifo");
    // A guard against hanging the build without the fix, not a timing assertion.
    BookletException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> assertThrows(BookletException.class, () -> StudentFile.read(fifo)));
    assertTrue(
        e.getMessage()
            .equals(
                fifo
                    + ": is not a regular file (it is a device, a pipe or a socket);"
                    + " give a student file (YAML)"),
        e.getMessage());
  }

  @Test
  void aFileOverTheLimitIsRefused() throws IOException {
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, "name: Ann\n" + "#".repeat((int) StudentFile.MAX_BYTES) + "\n");
    BookletException e = assertThrows(BookletException.class, () -> StudentFile.read(big));
    assertEquals(
        big + ": is larger than 64 KiB; a student file holds a few lines of YAML", e.getMessage());
  }

  @Test
  void namesWithNoLetterThatPrintsAreRefused() {
    for (String name :
        new String[] {
          "\"\u3164\"", "\"\u3164 \u3164\"", "\"\u0301\u0308\"", "\"\uFFA0\"", "1234"
        }) {
      String msg = error(GOOD.replace("Lê Thị Hồng Nhung", name));
      assertTrue(
          msg.contains("me.yaml line 1: name")
              && (msg.contains("has no letter that prints") || msg.contains("is missing")),
          name + ": " + msg);
    }
    assertEquals(
        "Kim Ji",
        parse(GOOD.replace("Lê Thị Hồng Nhung", "\"Kim\u3164 Ji\"")).name(),
        "a filler inside a name is dropped like other invisible characters");
  }

  /** Makes a named pipe; false if the system has no mkfifo. */
  static boolean mkfifo(Path path) throws InterruptedException {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
