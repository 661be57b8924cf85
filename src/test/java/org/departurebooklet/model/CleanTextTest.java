package org.departurebooklet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Cases the fuzzers found (CleanTextFuzzTest), kept as plain tests. */
class CleanTextTest {

  @Test
  void aMarkKeptFromItsLetterByAnInvisibleCharacterJoinsItOnceItIsGone() {
    // NFC ran before the zero-width space (or NUL) was dropped, so "a" and U+0301 stayed apart:
    // a name that looks like "á" but is two characters, counted, compared and named as such.
    assertEquals("\u00E1", CleanText.clean("a\u200B\u0301"));
    assertEquals("\u00E1", CleanText.clean("a\u0000\u0301"));
    assertEquals("\u00E0 Lee", CleanText.clean("a\u200B\u0300 Lee"));
  }

  @Test
  void cleaningCleanTextChangesNothing() {
    String once = CleanText.clean("\u0301\u0000\u0323");
    assertEquals("\u0323\u0301", once, "marks in canonical order");
    assertEquals(once, CleanText.clean(once));
  }
}
