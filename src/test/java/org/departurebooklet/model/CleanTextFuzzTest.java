package org.departurebooklet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.departurebooklet.fuzz.FuzzBudget;
import org.departurebooklet.fuzz.HostileText;

/** Cleaning any text leaves nothing invisible, nothing that reorders, and text already clean. */
@AddLifecycleHook(FuzzBudget.class)
class CleanTextFuzzTest {

  @Provide
  Arbitrary<String> anyText() {
    return HostileText.any(40);
  }

  @Provide
  Arbitrary<Integer> invisible() {
    return Arbitraries.of(0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202E, 0x2060, 0x2066, 0x2069,
        0xFEFF, 0x061C, 0x3164, 0x115F, 0xFFA0, 0x00AD, 0x0001, 0x007F, 0x009F, 0xE000, 0xE0041, 0xFFFE);
  }

  @Property(tries = 3000)
  void noControlFormatBidiOrUnassignedCharacterSurvives(@ForAll("anyText") String raw) {
    String clean = CleanText.clean(raw);
    clean.codePoints().forEach(cp -> assertFalse(invisible(cp),
        () -> String.format("U+%04X survived cleaning of %s", cp, escaped(raw))));
  }

  @Property(tries = 3000)
  void spacesAreSingleAndNeverAtTheEnds(@ForAll("anyText") String raw) {
    String clean = CleanText.clean(raw);
    assertFalse(clean.startsWith(" ") || clean.endsWith(" ") || clean.contains("  "), () -> escaped(clean));
    clean.codePoints().forEach(cp -> assertTrue(cp == ' ' || !Character.isWhitespace(cp) && !Character.isSpaceChar(cp),
        () -> String.format("U+%04X is a space other than U+0020 in %s", cp, escaped(clean))));
  }

  @Property(tries = 3000)
  void cleanTextIsInComposedForm(@ForAll("anyText") String raw) {
    String clean = CleanText.clean(raw);
    assertTrue(Normalizer.isNormalized(clean, Normalizer.Form.NFC), () -> escaped(raw) + " -> " + escaped(clean));
  }

  @Property(tries = 3000)
  void cleaningCleanTextChangesNothing(@ForAll("anyText") String raw) {
    String clean = CleanText.clean(raw);
    assertEquals(clean, CleanText.clean(clean), () -> escaped(raw));
  }

  @Property(tries = 3000)
  void anInvisibleCharacterBetweenLettersIsAsIfItWereNotThere(@ForAll("letters") String before,
      @ForAll("invisible") int invisible, @ForAll("letters") String after) {
    assertEquals(CleanText.clean(before + after), CleanText.clean(before + HostileText.string(invisible) + after),
        () -> escaped(before) + " U+" + Integer.toHexString(invisible) + " " + escaped(after));
  }

  @Provide
  Arbitrary<String> letters() {
    return HostileText.letters(6);
  }

  /** What must never print: independent of {@link CleanText}'s own test, so a gap in it shows. */
  static boolean invisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
        || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0
        || Character.getDirectionality(cp) == Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE
        || Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE;
  }

  /** The text with everything outside printable ASCII as {@code \\uXXXX}, for a readable failure. */
  static String escaped(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return out.append('"').toString();
  }
}
