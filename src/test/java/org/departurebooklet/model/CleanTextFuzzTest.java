package org.departurebooklet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.departurebooklet.fuzz.Fuzz;
import org.departurebooklet.fuzz.Gen;
import org.departurebooklet.fuzz.HostileText;
import org.departurebooklet.fuzz.Inputs;
import org.junit.jupiter.api.Test;

/** Cleaning any text leaves nothing invisible, nothing that reorders, and text already clean. */
class CleanTextFuzzTest {

  private static final Gen<String> ANY = HostileText.any(40);

  @Test
  void noControlFormatBidiOrUnassignedCharacterSurvives() {
    Fuzz.check(
        3000,
        ANY,
        Inputs::shorter,
        raw ->
            CleanText.clean(raw)
                .codePoints()
                .forEach(
                    cp ->
                        assertFalse(
                            invisible(cp), () -> String.format("U+%04X survived cleaning", cp))));
  }

  @Test
  void spacesAreSingleAndNeverAtTheEnds() {
    Fuzz.check(
        3000,
        ANY,
        Inputs::shorter,
        raw -> {
          String clean = CleanText.clean(raw);
          assertFalse(
              clean.startsWith(" ") || clean.endsWith(" ") || clean.contains("  "),
              Inputs.quoted(clean));
          clean
              .codePoints()
              .forEach(
                  cp ->
                      assertTrue(
                          cp == ' ' || !Character.isWhitespace(cp) && !Character.isSpaceChar(cp),
                          () -> String.format("U+%04X is a space other than U+0020", cp)));
        });
  }

  @Test
  void cleanTextIsInComposedForm() {
    Fuzz.check(
        3000,
        ANY,
        Inputs::shorter,
        raw ->
            assertTrue(
                Normalizer.isNormalized(CleanText.clean(raw), Normalizer.Form.NFC),
                Inputs.quoted(CleanText.clean(raw))));
  }

  @Test
  void cleaningCleanTextChangesNothing() {
    Fuzz.check(
        3000,
        ANY,
        Inputs::shorter,
        raw -> assertEquals(CleanText.clean(raw), CleanText.clean(CleanText.clean(raw))));
  }

  @Test
  void anInvisibleCharacterBetweenLettersIsAsIfItWereNotThere() {
    Gen<String> letters = HostileText.letters(6);
    Gen<List<String>> around =
        random ->
            List.of(
                letters.next(random),
                HostileText.string(
                    HostileText.INVISIBLE.get(random.nextInt(HostileText.INVISIBLE.size()))),
                letters.next(random));
    Fuzz.check(
        3000,
        around,
        parts ->
            assertEquals(
                CleanText.clean(parts.get(0) + parts.get(2)),
                CleanText.clean(String.join("", parts))));
  }

  /** What must never print: independent of {@link CleanText}'s own test, so a gap in it shows. */
  static boolean invisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED
        || cp == 0x115F
        || cp == 0x1160
        || cp == 0x3164
        || cp == 0xFFA0;
  }
}
