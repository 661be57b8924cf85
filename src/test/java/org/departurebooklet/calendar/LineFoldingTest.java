package org.departurebooklet.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** RFC 5545 3.1: lines of at most 75 octets, folded between characters, unfolded back unchanged. */
class LineFoldingTest {

  private static String folded(String line) {
    return new String(LineFolding.fold(line + "\r\n"), UTF_8);
  }

  @Test
  void aLineOfSeventyFiveOctetsStaysWholeAndTheSeventySixthGoesOnAContinuationLine() {
    String exact = "X".repeat(75);
    assertEquals(exact + "\r\n", folded(exact));
    assertEquals(exact + "\r\n Y\r\n", folded(exact + "Y"));
  }

  @Test
  void aCharacterThatWouldCrossTheLimitMovesWholeToTheNextLine() {
    String ascii = "X".repeat(73);
    assertEquals(ascii + "\r\n 日\r\n", folded(ascii + "日"), "3 octets do not fit after 73");
    assertEquals(ascii + "é\r\n", folded(ascii + "é"), "2 octets fit exactly");
    assertEquals(
        "X".repeat(72) + "\r\n 🎓\r\n",
        folded("X".repeat(72) + "🎓"),
        "4 octets do not fit after 72");
  }

  @Test
  void japaneseTextFoldsEveryTwentyFourCharactersAndUnfoldsBack() {
    String line = "DESCRIPTION:" + "転出届".repeat(20);
    String text = folded(line);
    for (String physical : text.split("\r\n")) {
      assertEquals(true, physical.getBytes(UTF_8).length <= 75, physical);
    }
    // after the 12 ASCII octets, 21 characters (63 octets) fill the first line; 24 (72 + 1) each
    // next
    assertEquals("DESCRIPTION:" + line.substring(12, 33), text.split("\r\n")[0]);
    assertEquals(" " + line.substring(33, 57), text.split("\r\n")[1]);
    assertEquals(line + "\r\n", text.replace("\r\n ", ""));
  }
}
