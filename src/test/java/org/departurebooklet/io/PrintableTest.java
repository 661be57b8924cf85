package org.departurebooklet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Text from files and forms printed in a terminal: one line, nothing hidden, nothing that steers
 * it.
 */
class PrintableTest {

  @Test
  void controlFormatAndLoneSurrogatesAreEscaped() {
    assertEquals("a\\u001B[31mb\\u0009c\\u000Ad", Printable.line("a\u001B[31mb\tc\nd"));
    assertEquals(
        "x\\u202Ey\\u200Bz", Printable.line("x\u202Ey\u200Bz"), "bidi override, zero-width space");
    assertEquals(
        "tag\\u{E0041}",
        Printable.line("tag" + new String(Character.toChars(0xE0041))),
        "an invisible tag letter");
    assertEquals("lone\\uD800", Printable.line("lone\uD800"));
    assertEquals(
        "Lê Thị 김민준 日本 🎓", Printable.line("Lê Thị 김민준 日本 🎓"), "printable text unchanged");
  }

  @Test
  void aMessageKeepsItsLineBreaksBetweenLines() {
    assertEquals("one\\u0009x" + System.lineSeparator() + "two", Printable.lines("one\tx\ntwo"));
  }
}
