package org.departurebooklet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.departurebooklet.TestBooklets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code booklet validate} as a command: its exit codes, the "ok" line, the folder it names; and
 * the commands that refuse broken content ({@code generate}, {@code batch}). What validate says of
 * each kind of problem is golden data, in {@link ValidateCasesTest}.
 */
class ValidateCommandTest {

  @TempDir Path temp;

  Path content;

  /** What one run printed and returned. */
  record Run(int code, List<String> lines, String err) {}

  @BeforeEach
  void copyShippedContent() {
    content = TestBooklets.copyShippedContent(temp.resolve("content"));
  }

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString().lines().toList(), err.toString());
  }

  private Run validate(String... args) {
    return run(Stream.concat(Stream.of("validate"), Stream.of(args)).toArray(String[]::new));
  }

  private void edit(String file, String from, String to) {
    Path path = content.resolve(file);
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      assertTrue(text.contains(from), file + " should contain " + from);
      Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void shippedContentPassesWithExitZero() {
    Run run = validate();
    assertEquals(ExitCodes.OK, run.code(), () -> String.join("\n", run.lines()));
    assertEquals(
        List.of(
            "ok: packaged content (en, ja, ko, ne, vi, zh): schema, links, fonts and keys checked, no problems"),
        run.lines());
  }

  @Test
  void aBrokenCopyExitsWithThreeAfterEveryProblemAndTheirCount() {
    edit("vi/strings.yaml", "cover_plan: Dự định\n", "");
    edit("common.yaml", "plans: [undecided]", "plans: [maybe]");
    Run run = validate("--content", content.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.code(), run.err());
    assertEquals(3, run.lines().size(), () -> String.join("\n", run.lines()));
    assertEquals("2 problem(s) in " + content, run.lines().get(2));
    assertEquals("", run.err(), "no stack trace");
  }

  @Test
  void aContentFolderThatDoesNotExistIsAUsageError() {
    Run run = validate("--content", temp.resolve("no-such-folder").toString());
    assertEquals(ExitCodes.USAGE, run.code(), run.err());
    assertTrue(
        run.err().contains("--content " + temp.resolve("no-such-folder") + ": no such folder"),
        run.err());
  }

  @Test
  void problemsAreNamedUnderTheFolderGiven() throws IOException {
    Path mine = Files.move(content, temp.resolve("my-content"));
    String text = Files.readString(mine.resolve("ja/comparison.yaml"), StandardCharsets.UTF_8);
    Files.writeString(
        mine.resolve("ja/comparison.yaml"),
        text.replace("salary:", "pay:"),
        StandardCharsets.UTF_8);
    Run run = validate("--content", mine.toString());
    assertTrue(
        run.lines()
            .contains(
                mine
                    + "/ja/comparison.yaml: rows.salary: missing ("
                    + mine
                    + "/en/comparison.yaml has it)"),
        String.join("\n", run.lines()));
    assertTrue(
        run.lines().stream().noneMatch(l -> l.startsWith("content/")),
        String.join("\n", run.lines()));
  }

  @Test
  void generateWithABrokenCopySuggestsTheKeyMeantAndPointsToValidate() {
    edit("vi/strings.yaml", "cover_plan:", "cover_plann:");
    Run run =
        run(
            "generate",
            "--sample",
            "--lang",
            "vi",
            "--content",
            content.toString(),
            "-o",
            temp.resolve("x.pdf").toString());
    assertEquals(ExitCodes.BAD_INPUT, run.code(), run.err());
    assertTrue(
        run.err()
            .contains(
                content
                    + "/vi/strings.yaml line 13: cover_plann: unknown key (did you mean cover_plan?)"),
        run.err());
    assertTrue(
        run.err().contains("booklet validate --content FOLDER lists every problem"), run.err());
  }

  @Test
  void generateRefusesContentItsFontsCannotPrint() {
    edit(
        "en/strings.yaml",
        "booklet_subtitle: \"Your personal checklist",
        "booklet_subtitle: \"ქართული checklist");
    Path pdf = temp.resolve("x.pdf");
    Run run = run("generate", "--sample", "--content", content.toString(), "-o", pdf.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.code(), run.err());
    assertTrue(
        run.err().contains(content + "/en/strings.yaml: booklet_subtitle: \"ა\" (U+10D0)"),
        run.err());
    assertTrue(!Files.exists(pdf), "no booklet with # boxes is written");
  }

  /**
   * A school's fonts without kanji for Vietnamese: batch stops before the first row, not at the
   * first vi row.
   */
  @Test
  void batchChecksEveryLanguageBeforeTheFirstRow() throws IOException {
    edit(
        "vi/strings.yaml",
        "fonts: [Noto Sans, BIZ UDPGothic, WenQuanYi Micro Hei, NanumGothic, Noto Sans Devanagari]",
        "fonts: [Noto Sans]");
    Path roster = temp.resolve("class.csv");
    Files.writeString(
        roster,
        "name,graduation_date,departure_date,plan,destination,language\n"
            + "Ann Lee,2027-03-18,2027-04-09,undecided,VN,en\nBình Trần,2027-03-18,2027-04-09,undecided,VN,vi\n");
    Path out = temp.resolve("out");
    Run run =
        run(
            "batch",
            "--roster",
            roster.toString(),
            "--out",
            out.toString(),
            "--content",
            content.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.code(), run.err());
    assertTrue(run.err().contains("problem(s) in vi"), run.err());
    try (Stream<Path> written = Files.exists(out) ? Files.list(out) : Stream.empty()) {
      assertTrue(written.findAny().isEmpty(), "nothing written");
    }
  }
}
