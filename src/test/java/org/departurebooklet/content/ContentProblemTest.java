package org.departurebooklet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.departurebooklet.content.ContentProblem.Kind;
import org.junit.jupiter.api.Test;

/** How a content problem reads where it is printed: file, line, key, message, on one line. */
class ContentProblemTest {

  @Test
  void aProblemNamesItsFileLineAndKey() {
    assertEquals(
        "content/vi/strings.yaml line 8: line_height: \"tall\" is not a number",
        new ContentProblem(
                "content/vi/strings.yaml",
                8,
                0,
                "line_height",
                Kind.VALUE,
                "\"tall\" is not a number")
            .describe());
  }

  @Test
  void withoutALineOrAKeyOnlyTheFileIsNamed() {
    assertEquals(
        "content/ja/preparations.yaml: is empty (only blank lines or comments)",
        ContentProblem.of(
                "content/ja/preparations.yaml",
                Kind.FILE,
                "is empty (only blank lines or comments)")
            .describe());
  }

  @Test
  void aSyntaxErrorNamesItsColumnToo() {
    assertEquals(
        "content/ja/strings.yaml line 40, column 1: expected <block end>",
        new ContentProblem(
                "content/ja/strings.yaml", 40, 1, "", Kind.SYNTAX, "expected <block end>")
            .describe());
  }

  @Test
  void aSettingsProblemGoesOnFromTheKeyAsOneSentence() {
    assertEquals(
        "content/en/strings.yaml: line_height 9.0 must be 1.0 to 2.5 (times the font size)",
        ContentProblem.at(
                "content/en/strings.yaml",
                "line_height",
                Kind.SETTING,
                "9.0 must be 1.0 to 2.5 (times the font size)")
            .describe());
  }

  @Test
  void controlCharactersFromAFileAreShownEscapedSoAProblemStaysOneLine() {
    assertEquals(
        "content/en/strings.yaml line 10: a\\u202Eb\\u000A: unknown key",
        new ContentProblem(
                "content/en/strings.yaml", 10, 0, "a\u202Eb\n", Kind.UNKNOWN_KEY, "unknown key")
            .describe());
  }

  @Test
  void aNegativeLineIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ContentProblem("f.yaml", -1, 0, "", Kind.FILE, "missing"));
  }
}
