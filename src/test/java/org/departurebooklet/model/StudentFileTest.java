package org.departurebooklet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.departurebooklet.BookletException;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.junit.jupiter.api.Test;

class StudentFileTest {

  private static final String GOOD = """
      name: Lê Thị Hồng Nhung
      student_id: "S2027-0042"
      graduation_date: 2027-03-18
      departure_date: 2027-04-09
      plan: work-abroad
      destination: sg
      """;

  /** Reads the file and checks it as generate does: the facade's one check. */
  private static Student parse(String yaml) {
    StudentFile file = StudentFile.parse(yaml.getBytes(StandardCharsets.UTF_8), "me.yaml");
    Booklets.Check check = TestBooklets.get().check(file.fields(), TestBooklets.options());
    if (!check.ok()) {
      throw BookletException.badInput(file.describe(check.problems()));
    }
    return check.student().orElseThrow().student();
  }

  private static String error(String yaml) {
    BookletException e = assertThrows(BookletException.class, () -> parse(yaml));
    assertEquals(BookletException.Kind.BAD_INPUT, e.kind());
    assertTrue(e.getMessage().startsWith("me.yaml"), e.getMessage());
    return e.getMessage();
  }

  @Test
  void aGoodFileGivesTheStudentWithDefaults() {
    Student s = parse(GOOD);
    assertEquals("Lê Thị Hồng Nhung", s.name());
    assertEquals(Optional.of("S2027-0042"), s.studentId());
    assertEquals(LocalDate.of(2027, 4, 9), s.moveOutDate(), "move-out defaults to departure");
    assertEquals(Plan.WORK_ABROAD, s.plan());
    assertEquals("SG", s.destination());
  }

  @Test
  void anImpossibleDateNamesTheFieldTheValueAndTheFormat() {
    String msg = error(GOOD.replace("2027-03-18", "2027-02-30"));
    assertTrue(msg.contains("graduation_date \"2027-02-30\" is not a real date (use YYYY-MM-DD"), msg);
  }

  @Test
  void aMissingFieldIsNamed() {
    String msg = error(GOOD.replace("plan: work-abroad\n", ""));
    assertTrue(msg.contains("plan is missing (use one of return-home, work-abroad, undecided)"), msg);
  }

  @Test
  void departureBeforeGraduationIsRefused() {
    String msg = error(GOOD.replace("2027-04-09", "2027-03-01"));
    assertTrue(msg.contains("departure_date \"2027-03-01\" is before graduation_date 2027-03-18"), msg);
  }

  @Test
  void anUnknownPlanListsThePlans() {
    String msg = error(GOOD.replace("work-abroad", "holiday"));
    assertTrue(msg.contains("plan \"holiday\" is not a plan (use one of return-home, work-abroad, undecided)"), msg);
  }

  @Test
  void anUnknownCountryAsksForAnIsoCode() {
    String msg = error(GOOD.replace("destination: sg", "destination: Singapore"));
    assertTrue(msg.contains("destination \"Singapore\" is not a country code (use a two-letter ISO 3166-1 code"), msg);
  }

  @Test
  void everyBadFieldIsReportedAtOnce() {
    String msg = error(GOOD.replace("2027-03-18", "soon").replace("work-abroad", "x"));
    assertTrue(msg.contains("graduation_date") && msg.contains("plan \"x\""), msg);
  }

  @Test
  void anUnknownFieldIsRefusedWithTheKnownOnes() {
    String msg = error(GOOD + "graduation: 2027-03-18\n");
    assertTrue(msg.contains("field \"graduation\" is not known (fields: student_id, name"), msg);
  }

  @Test
  void brokenYamlSaysWhere() {
    String msg = error("name: [unclosed\nplan: x\n");
    assertTrue(msg.contains("line 1, column 7: expected ',' or ']'"), "where the list opens: " + msg);
    String colon = error("name: Ann\ngraduation_date 2027-03-18\ndeparture_date: 2027-04-09\n");
    assertTrue(colon.contains("line 2, column 1: could not find expected ':'"), "the line of the mistake: " + colon);
    assertFalse(msg.contains("\n") || msg.contains("^") || msg.contains("'reader'"), "one line, no YAML parser dump: " + msg);
    String stray = error("name: Ann\ngraduation_date: 2027-03-18\n- departure_date: 2027-04-09\nplan: undecided\n");
    assertTrue(stray.contains("line 3, column 1: expected <block end>, but found '-'"), "the stray list item's line: " + stray);
    assertTrue(stray.contains("check the indentation"), stray);
  }

  @Test
  void controlAndBidiCharactersAreStrippedFromNames() {
    Student s = parse(GOOD.replace("Lê Thị Hồng Nhung", "\"Ann\\u202E\\u200Bie\\u0007 Lee\""));
    assertEquals("Annie Lee", s.name());
  }
}
