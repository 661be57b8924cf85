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
import java.util.stream.Stream;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.AssetDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content and templates that pass their checks and still cannot render are refused before the first
 * student: validate refuses a control character in content, and a school's own templates are tried
 * once at start, so a template whose XHTML does not parse stops generate, batch and serve with exit
 * 5 naming it, never with an internal error per booklet.
 */
class UnrenderableAssetsTest {

  @TempDir Path temp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), file + " should contain " + from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  /** A copy of the packed templates whose booklet closes the cover's title with the wrong tag. */
  private Path brokenTemplates() throws IOException {
    Path packed = AssetDirs.packaged().templates();
    Path copy = temp.resolve("templates");
    try (Stream<Path> files = Files.walk(packed)) {
      for (Path from : (Iterable<Path>) files::iterator) {
        Path to = copy.resolve(packed.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    edit(copy.resolve("booklet.mustache"), "{{title}}</h1>", "{{title}}</h2>");
    return copy;
  }

  private static void assertNamesTheTemplate(Path templates, Run r) {
    assertTrue(
        r.err.contains(templates.resolve("booklet.mustache") + " made XHTML that does not parse"),
        r.err);
    assertTrue(r.err.contains("\"h1\""), r.err);
    assertFalse(r.err.contains("internal error") || r.err.contains("\tat "), r.err);
  }

  @Test
  void aControlCharacterInContentIsRefusedByValidateAndGenerateNamingItsFileAndKey()
      throws IOException {
    Path content = TestBooklets.copyShippedContent(temp.resolve("content"));
    edit(content.resolve("en/strings.yaml"), "cover_plan: Plan", "cover_plan: \"Pl\\u0001an\"");

    Run validate = run("validate", "--content", content.toString());
    assertEquals(ExitCodes.BAD_INPUT, validate.code, validate.out);
    assertTrue(
        validate.out.contains("en/strings.yaml line ")
            && validate.out.contains(
                ": cover_plan: has the character"
                    + " U+0001 at position 3, which no booklet can print"),
        validate.out);

    Run generate =
        run(
            "generate",
            "--sample",
            "--content",
            content.toString(),
            "-o",
            temp.resolve("x.pdf").toString());
    assertEquals(ExitCodes.BAD_INPUT, generate.code, generate.err);
    assertTrue(generate.err.contains("cover_plan: has the character U+0001"), generate.err);
    assertFalse(Files.exists(temp.resolve("x.pdf")));
  }

  @Test
  void aTemplateWhoseXhtmlDoesNotParseStopsGenerateWithExit5NamingIt() throws IOException {
    Path templates = brokenTemplates();
    Run r =
        run(
            "generate",
            "--sample",
            "--templates",
            templates.toString(),
            "-o",
            temp.resolve("x.pdf").toString());
    assertEquals(ExitCodes.MISSING_ASSET, r.code, r.err);
    assertNamesTheTemplate(templates, r);
  }

  @Test
  void aTemplateWhoseXhtmlDoesNotParseStopsBatchBeforeItsFirstRow() throws IOException {
    Path templates = brokenTemplates();
    Path roster = temp.resolve("class.csv");
    Files.writeString(
        roster,
        "student_id,name,graduation_date,departure_date,plan,destination\n"
            + "1,Ana Silva,2027-03-18,2027-04-09,work-abroad,SG\n",
        StandardCharsets.UTF_8);
    Path out = temp.resolve("out");
    Run r =
        run(
            "batch",
            "--roster",
            roster.toString(),
            "--out",
            out.toString(),
            "--templates",
            templates.toString());
    assertEquals(ExitCodes.MISSING_ASSET, r.code, r.err);
    assertNamesTheTemplate(templates, r);
    assertFalse(Files.exists(out.resolve("manifest.csv")), "no manifest of rows that all failed");
  }

  @Test
  @Timeout(
      value = 120,
      threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a serve that started would not return
  void aTemplateWhoseXhtmlDoesNotParseStopsServeBeforeItListens() throws IOException {
    Path templates = brokenTemplates();
    Run r = run("serve", "--port", "0", "--templates", templates.toString());
    assertEquals(ExitCodes.MISSING_ASSET, r.code, r.err);
    assertNamesTheTemplate(templates, r);
  }
}
