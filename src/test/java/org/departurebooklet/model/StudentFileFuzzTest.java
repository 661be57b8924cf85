package org.departurebooklet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.departurebooklet.BookletException;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.fuzz.Encoded;
import org.departurebooklet.fuzz.Fuzz;
import org.departurebooklet.fuzz.Gen;
import org.departurebooklet.fuzz.HostileText;
import org.departurebooklet.fuzz.Inputs;
import org.departurebooklet.fuzz.YamlDocuments;
import org.junit.jupiter.api.Test;

/**
 * A student file of any bytes is read, or refused with a message that names the file (and a line of
 * it); what is read is the text written, the same every time, and checks without an exception.
 */
class StudentFileFuzzTest {

  private static final String LABEL = "fuzz.yaml";
  private static final Pattern LINE = Pattern.compile("^" + Pattern.quote(LABEL) + " line (\\d+)");

  private static final Gen<byte[]> DOCUMENTS =
      Encoded.bytes(YamlDocuments.document(StudentFields.ALL));

  @Test
  void randomBytesAreReadOrRefusedNamingTheFile() {
    Fuzz.check(3000, Gen.bytes(2048), Inputs::shorter, StudentFileFuzzTest::readOrRefused);
  }

  @Test
  void anyDocumentIsReadOrRefusedNamingTheFileAndALineInIt() {
    Fuzz.check(3000, DOCUMENTS, Inputs::shorter, StudentFileFuzzTest::readOrRefused);
  }

  @Test
  void readingIsDeterministic() {
    Fuzz.check(
        1000,
        DOCUMENTS,
        Inputs::shorter,
        bytes -> assertEquals(outcome(bytes), outcome(bytes.clone())));
  }

  @Test
  void everyValueIsTheTextWrittenInAnyStyle() {
    Gen<String> text =
        Gen.frequency(
            Gen.weight(3, HostileText.letters(12)),
            Gen.weight(3, Gen.oneOf(YamlDocuments.RETYPED)),
            Gen.weight(3, HostileText.any(8).map(HostileText::wellFormed)),
            Gen.weight(1, Gen.constant("")));
    Gen<Map<String, String>> record =
        random -> {
          Map<String, String> values = new HashMap<>();
          StudentFields.ALL.stream()
              .filter(f -> random.nextInt(3) > 0)
              .forEach(f -> values.put(f, text.next(random)));
          values.put(
              StudentFields.NAME,
              text.next(random)); // at least one field: an empty file is rightly refused
          return values;
        };
    Gen<Map.Entry<Map<String, String>, String>> written =
        random -> {
          Map<String, String> values = record.next(random);
          return Map.entry(values, YamlDocuments.write(values, random));
        };
    Fuzz.check(
        3000,
        written,
        w ->
            assertEquals(
                w.getKey(),
                StudentFile.parse(w.getValue().getBytes(StandardCharsets.UTF_8), LABEL).fields(),
                Inputs.quoted(w.getValue())));
  }

  /** Parses, and if that works, checks as every front end does; any exception but ours fails. */
  private static void readOrRefused(byte[] bytes) {
    Optional<String> refused = outcome(bytes).refusal();
    refused.ifPresent(
        message -> {
          assertTrue(message.startsWith(LABEL), message);
          Matcher line = LINE.matcher(message);
          if (line.find()) {
            long lines = new String(bytes, StandardCharsets.ISO_8859_1).lines().count();
            int named = Integer.parseInt(line.group(1));
            assertTrue(
                named >= 1 && named <= lines + 1,
                "line " + named + " of " + lines + ": " + message);
          }
        });
  }

  /** What reading and checking gives: the fields and the problems, or the refusal. */
  record Outcome(Map<String, String> fields, String problems, Optional<String> refusal) {}

  static Outcome outcome(byte[] bytes) {
    try {
      StudentFile file = StudentFile.parse(bytes, LABEL);
      Booklets.Check check = TestBooklets.get().check(file.fields(), TestBooklets.options());
      return new Outcome(file.fields(), file.describe(check.problems()), Optional.empty());
    } catch (BookletException e) {
      assertEquals(BookletException.Kind.BAD_INPUT, e.kind(), e.getMessage());
      return new Outcome(Map.of(), "", Optional.of(e.getMessage()));
    }
  }
}
