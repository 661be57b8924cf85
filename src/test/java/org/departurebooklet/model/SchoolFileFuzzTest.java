package org.departurebooklet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.departurebooklet.BookletException;
import org.departurebooklet.fuzz.Encoded;
import org.departurebooklet.fuzz.Fuzz;
import org.departurebooklet.fuzz.Gen;
import org.departurebooklet.fuzz.HostileText;
import org.departurebooklet.fuzz.Inputs;
import org.departurebooklet.fuzz.YamlDocuments;
import org.junit.jupiter.api.Test;

/**
 * A school profile of any bytes gives a school whose name and contact print and fit, or is refused
 * with a message naming the file; the same bytes always give the same answer.
 */
class SchoolFileFuzzTest {

  private static final String LABEL = "school.yaml";
  private static final Gen<byte[]> DOCUMENTS =
      Encoded.bytes(YamlDocuments.document(List.of("name", "contact")));

  @Test
  void randomBytesGiveASchoolOrARefusalNamingTheFile() {
    Fuzz.check(3000, Gen.bytes(2048), Inputs::shorter, SchoolFileFuzzTest::schoolOrRefusal);
  }

  @Test
  void anyDocumentGivesASchoolThatPrintsOrARefusalNamingTheFile() {
    Fuzz.check(3000, DOCUMENTS, Inputs::shorter, SchoolFileFuzzTest::schoolOrRefusal);
  }

  @Test
  void aNameAndContactOfAnyTextAreCleanedAndBoundedOrRefused() {
    Gen<String> text =
        Gen.frequency(
            Gen.weight(3, HostileText.any(30).map(HostileText::wellFormed)),
            Gen.weight(1, HostileText.letters(8).map(s -> s.repeat(1 + s.length() * 13))));
    Gen<byte[]> profile =
        random ->
            YamlDocuments.write(
                    Map.of("name", text.next(random), "contact", text.next(random)), random)
                .getBytes(StandardCharsets.UTF_8);
    Fuzz.check(3000, profile, Inputs::shorter, SchoolFileFuzzTest::schoolOrRefusal);
  }

  @Test
  void readingIsDeterministic() {
    Fuzz.check(
        1000,
        DOCUMENTS,
        Inputs::shorter,
        bytes -> assertEquals(outcome(bytes), outcome(bytes.clone())));
  }

  private static void schoolOrRefusal(byte[] bytes) {
    Object outcome = outcome(bytes);
    if (outcome instanceof School school) {
      assertTrue(CleanText.hasLetter(school.name()), school.name());
      assertTrue(school.name().codePointCount(0, school.name().length()) <= School.MAX_NAME_LENGTH);
      school
          .contact()
          .ifPresent(c -> assertTrue(c.codePointCount(0, c.length()) <= School.MAX_CONTACT_LENGTH));
      for (String text : List.of(school.name(), school.contact().orElse(""))) {
        assertEquals(CleanText.clean(text), text, "cleaned");
        text.codePoints()
            .forEach(
                cp ->
                    assertFalse(
                        CleanTextFuzzTest.invisible(cp), () -> String.format("U+%04X", cp)));
      }
    } else {
      assertTrue(outcome.toString().startsWith(LABEL), outcome.toString());
    }
  }

  /** The school, or the message refusing it (any other exception fails the property). */
  private static Object outcome(byte[] bytes) {
    try {
      return SchoolFile.parse(bytes, LABEL);
    } catch (BookletException e) {
      assertEquals(BookletException.Kind.BAD_INPUT, e.kind(), e.getMessage());
      return e.getMessage();
    }
  }
}
