package org.departurebooklet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.departurebooklet.fuzz.Fuzz;
import org.departurebooklet.fuzz.StudentRecords;
import org.departurebooklet.model.CleanText;
import org.departurebooklet.model.FieldProblem;
import org.departurebooklet.model.Student;
import org.departurebooklet.model.StudentFields;
import org.junit.jupiter.api.Test;

/**
 * The facade's one check ({@link Booklets#check(Map, Booklets.Options)}), fed any record: it
 * answers with a student or with problems, never with an exception, and what it accepts is what was
 * written, cleaned.
 */
class CheckFuzzTest {

  @Test
  void anyRecordGetsAStudentOrProblemsNamingTheirFields() {
    Fuzz.check(2000, StudentRecords.any(), CheckFuzzTest::problemsNameTheirFields);
  }

  @Test
  void anAcceptedStudentIsWhatWasWrittenCleaned() {
    Fuzz.check(2000, StudentRecords.oneFieldAmiss(), CheckFuzzTest::acceptedAsWritten);
  }

  private static void problemsNameTheirFields(Map<String, String> fields) {
    Booklets.Check check = TestBooklets.get().check(fields, TestBooklets.options());
    for (FieldProblem problem : check.problems()) {
      assertTrue(StudentFields.ALL.contains(problem.field()), problem.describe());
      assertTrue(problem.describe().startsWith(problem.field()), problem.describe());
      problem
          .describe()
          .codePoints()
          .forEach(
              cp ->
                  assertFalse(
                      printsBadly(cp),
                      () -> String.format("U+%04X in the message %s", cp, problem.describe())));
    }
  }

  private static void acceptedAsWritten(Map<String, String> fields) {
    Booklets.Check check = TestBooklets.get().check(fields, TestBooklets.options());
    if (!check.ok()) {
      return;
    }
    Student student = check.student().orElseThrow().student();
    assertEquals(CleanText.clean(fields.get(StudentFields.NAME)), student.name());
    student
        .name()
        .codePoints()
        .forEach(cp -> assertFalse(printsBadly(cp), () -> String.format("U+%04X", cp)));
    assertSameCode(fields.get(StudentFields.DESTINATION), student.destination());
    assertSameCode(fields.get(StudentFields.PLAN), student.plan().code());
    student.language().ifPresent(l -> assertSameCode(fields.get(StudentFields.LANGUAGE), l));
  }

  /**
   * A code is accepted only as written in ASCII, in either case: {@code ſg} must not become
   * Singapore because {@code "ſ".toUpperCase()} is {@code "S"}.
   */
  private static void assertSameCode(String written, String accepted) {
    String clean = CleanText.clean(written);
    assertTrue(
        clean.chars().allMatch(c -> c < 0x80),
        () -> "accepted " + accepted + " from \"" + clean + "\"");
    assertEquals(accepted.toLowerCase(Locale.ROOT), clean.toLowerCase(Locale.ROOT));
  }

  /** Characters that must never reach a page, a terminal or a file name. */
  private static boolean printsBadly(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE;
  }
}
