package org.departurebooklet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.content.ContentCheck;
import org.departurebooklet.render.FontLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code booklet validate} on copies of the shipped content broken in one way each, as golden data:
 * {@code validate/NAME.yaml} lists the edits, {@code validate/NAME.expected} exactly the lines
 * validate prints for the copy (its folder written as {@code {copy}}). A new case is a new pair of
 * files; see {@code src/test/resources/validate/README.md}. A case without its expected file fails;
 * after an intended change, rewrite them with {@code mvn test -Dtest=ValidateCasesTest
 * -Dvalidate.update=true} and review the diff.
 */
class ValidateCasesTest {

  private static final Path DIR = Path.of("src/test/resources/validate");
  private static final String UPDATE = "validate.update";

  /** Read once for every case: the fonts are 24 MB. */
  private static FontLibrary fonts;

  @BeforeAll
  static void loadFonts() {
    fonts = FontLibrary.load(AssetDirs.packaged().fonts());
  }

  static List<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length()))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validatePrintsExactlyTheExpectedLines(String name, @TempDir Path temp) throws IOException {
    Path copy = TestBooklets.copyShippedContent(temp.resolve("content"));
    ContentEdits.apply(DIR.resolve(name + ".yaml"), copy);
    StringWriter out = new StringWriter();
    int code =
        ValidateCommand.print(ContentCheck.run(copy, fonts), copy.toString(), new PrintWriter(out));
    List<String> actual = out.toString().replace(copy.toString(), "{copy}").lines().toList();

    Path expected = DIR.resolve(name + ".expected");
    if (Boolean.getBoolean(UPDATE)) {
      Files.write(expected, actual, StandardCharsets.UTF_8);
    } else if (!Files.exists(expected)) {
      fail(
          "validate/"
              + name
              + ".expected is missing: create it with mvn test -Dtest=ValidateCasesTest -D"
              + UPDATE
              + "=true, then read it. validate printed:\n"
              + String.join("\n", actual));
    }
    // Compared as text, one problem a line, so a failure shows a readable diff.
    assertEquals(
        String.join("\n", Files.readAllLines(expected, StandardCharsets.UTF_8)),
        String.join("\n", actual),
        "validate's output for "
            + name
            + " changed; if intended, rewrite with -D"
            + UPDATE
            + "=true");
    assertEquals(
        actual.get(actual.size() - 1).startsWith("ok: ") ? ExitCodes.OK : ExitCodes.BAD_INPUT,
        code,
        "the exit code says whether there was a problem");
  }
}
