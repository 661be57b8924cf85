package org.departurebooklet.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.Content;
import org.departurebooklet.content.Office;
import org.departurebooklet.model.Plan;
import org.departurebooklet.model.Student;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plan as a table: a student's dates and today, a step → the day it is due at its office, why
 * it moved, the day to aim for, where it stands, and what the student is told. Holidays from the
 * packaged list (2025-2028).
 */
class PlannerTest {

  private static final Content CONTENT = TestBooklets.get().content("en");
  private static final Planner PLANNER = new Planner(new OfficeDays(Holidays.packaged()));

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Student student(String graduation, String moveOut, String departure) {
    return new Student(
        "Test Student",
        Optional.empty(),
        d(graduation),
        d(departure),
        moveOut == null ? null : d(moveOut),
        Plan.RETURN_HOME,
        "VN",
        Optional.empty(),
        Optional.empty());
  }

  private static Map<String, PlanStep> steps(Student student, String today) {
    return PLANNER.plan(CONTENT, student, d(today)).steps().stream()
        .collect(Collectors.toMap(PlanStep::id, Function.identity()));
  }

  /**
   * @param graduation, departure the student's dates (move-out = departure)
   * @param today the day the plan is made
   * @param step the procedure
   * @param due the day it is due at its office
   * @param closure why that day moved (null: it did not)
   * @param recommended the day to aim for
   * @param status where it stands today
   */
  static Stream<Arguments> table() {
    return Stream.of(
        // Departure on a Sunday: city hall and the bank close at weekends; the phone shop does not.
        Arguments.of(
            "2027-03-18",
            "2027-04-04",
            "2026-12-01",
            "moving-out",
            "2027-04-02",
            "WEEKEND",
            "2027-03-26",
            "LATER"),
        Arguments.of(
            "2027-03-18",
            "2027-04-04",
            "2026-12-01",
            "bank",
            "2027-04-02",
            "WEEKEND",
            "2027-04-01",
            "LATER"),
        Arguments.of(
            "2027-03-18",
            "2027-04-04",
            "2026-12-01",
            "phone",
            "2027-04-04",
            null,
            "2027-04-03",
            "LATER"),
        Arguments.of(
            "2027-03-18",
            "2027-04-04",
            "2026-12-01",
            "residence-card",
            "2027-04-04",
            null,
            "2027-04-04",
            "LATER"),
        // Departure on a substitute-holiday Monday (22 Mar 2027): back to Friday 19 Mar.
        Arguments.of(
            "2027-03-08",
            "2027-03-22",
            "2027-03-01",
            "resident-tax",
            "2027-03-19",
            "HOLIDAY",
            "2027-03-15",
            "LATER"),
        // Departure in Golden Week (Wed 5 May 2027): 29 Apr, 3-5 May holidays, 1-2 May weekend.
        Arguments.of(
            "2027-04-20",
            "2027-05-05",
            "2027-04-27",
            "health-insurance",
            "2027-04-30",
            "HOLIDAY",
            "2027-04-28",
            "THIS_WEEK"),
        Arguments.of(
            "2027-04-20",
            "2027-05-05",
            "2027-04-27",
            "bank",
            "2027-04-30",
            "HOLIDAY",
            "2027-04-30",
            "THIS_WEEK"),
        // Departure on 3 January: city halls close from 29 Dec, banks from 31 Dec.
        Arguments.of(
            "2027-12-20",
            "2028-01-03",
            "2027-12-01",
            "my-number",
            "2027-12-28",
            "NEW_YEAR",
            "2027-12-27",
            "LATER"),
        Arguments.of(
            "2027-12-20",
            "2028-01-03",
            "2027-12-01",
            "bank",
            "2027-12-30",
            "NEW_YEAR",
            "2027-12-30",
            "LATER"),
        // Graduation + 14 on a Saturday: online keeps the day; the counter's Friday is said beside
        // it.
        Arguments.of(
            "2027-03-06",
            "2027-04-30",
            "2027-03-01",
            "immigration",
            "2027-03-20",
            null,
            "2027-03-09",
            "LATER"),
        // Today after everything but the pension claim.
        Arguments.of(
            "2027-03-18",
            "2027-04-09",
            "2027-04-20",
            "bank",
            "2027-04-09",
            null,
            "2027-04-06",
            "NO_LONGER_POSSIBLE"),
        Arguments.of(
            "2027-03-18",
            "2027-04-09",
            "2027-04-20",
            "pension-refund",
            "2029-04-09",
            null,
            "2027-04-23",
            "OPEN_NOW"),
        // Today is the due day; and a window open for longer than a week.
        Arguments.of(
            "2027-03-18",
            "2027-04-09",
            "2027-04-09",
            "residence-card",
            "2027-04-09",
            null,
            "2027-04-09",
            "DUE_TODAY"),
        Arguments.of(
            "2027-03-18",
            "2027-04-09",
            "2027-03-20",
            "immigration",
            "2027-04-01",
            null,
            "2027-03-19",
            "OPEN_NOW"),
        Arguments.of(
            "2027-03-18",
            "2027-04-09",
            "2027-03-30",
            "moving-out",
            "2027-04-09",
            null,
            "2027-04-02",
            "OPEN_NOW"),
        Arguments.of(
            "2027-03-18",
            "2027-04-09",
            "2027-04-05",
            "moving-out",
            "2027-04-09",
            null,
            "2027-04-02",
            "THIS_WEEK"),
        Arguments.of(
            "2027-03-18",
            "2027-04-09",
            "2027-04-10",
            "immigration",
            "2027-04-01",
            null,
            "2027-03-19",
            "NO_LONGER_POSSIBLE"));
  }

  @ParameterizedTest(
      name = "graduation {0}, departure {1}, today {2}: {3} due {4} ({5}), best {6}, {7}")
  @MethodSource("table")
  void eachStepFallsDueOnADayItsOfficeIsOpen(
      String graduation,
      String departure,
      String today,
      String step,
      String due,
      String closure,
      String recommended,
      String status) {
    PlanStep s = steps(student(graduation, null, departure), today).get(step);
    StepDates dates = s.dates().orElseThrow();
    assertEquals(d(due), dates.due(), "due");
    assertEquals(
        Optional.ofNullable(closure).map(Closure.Reason::valueOf),
        dates.closure().map(Closure::reason),
        "closure");
    assertEquals(d(recommended), dates.recommended(), "recommended");
    assertEquals(Status.valueOf(status), s.status(), "status");
  }

  @Test
  void anOnlineStepKeepsItsDayAndNamesTheCountersEarlierOne() {
    StepDates immigration =
        steps(student("2027-03-06", null, "2027-04-30"), "2027-03-01")
            .get("immigration")
            .dates()
            .orElseThrow();
    assertEquals(d("2027-03-20"), immigration.due(), "Saturday 20 Mar: online works at weekends");
    assertEquals(
        Optional.of(d("2027-03-19")), immigration.counterDue(), "the immigration office: Friday");
  }

  @Test
  void aDepartureThreeDaysAfterGraduationPutsTheImmigrationNoticeBeforeItAndSaysWhy() {
    List<PlanStep> plan =
        PLANNER.plan(CONTENT, student("2027-03-18", null, "2027-03-21"), d("2027-03-01")).steps();
    PlanStep immigration =
        plan.stream().filter(s -> s.id().equals("immigration")).findFirst().orElseThrow();
    StepDates dates = immigration.dates().orElseThrow();
    assertEquals(d("2027-04-01"), dates.legal());
    assertEquals(d("2027-03-21"), dates.lastDay(), "no later than the departure");
    assertEquals(
        List.of(new Conflict(Conflict.Kind.AFTER_DEPARTURE, d("2027-04-01"))),
        immigration.conflicts());
    int card =
        plan.indexOf(
            plan.stream().filter(s -> s.id().equals("residence-card")).findFirst().orElseThrow());
    assertTrue(plan.indexOf(immigration) < card, "listed before handing in the residence card");
  }

  @Test
  void moveOutOnTheDepartureDayPutsTheInspectionOnThatDay() {
    StepDates inspection =
        steps(student("2027-03-18", "2027-04-09", "2027-04-09"), "2027-03-01")
            .get("apartment-inspection")
            .dates()
            .orElseThrow();
    assertEquals(d("2027-04-09"), inspection.due());
  }

  @Test
  void anOverdueNoticePeriodIsSaidAsSuch() {
    PlanStep notice =
        steps(student("2027-03-18", "2027-04-07", "2027-04-09"), "2027-03-01")
            .get("apartment-notice");
    assertEquals(Status.OVERDUE, notice.status());
    assertEquals(
        List.of(new Conflict(Conflict.Kind.NOTICE_TOO_SHORT, d("2027-02-06"))), notice.conflicts());
  }

  @Test
  void afterTheDepartureOnlyThePensionClaimStillNeedsTheStudent() {
    DeparturePlan plan =
        PLANNER.plan(CONTENT, student("2027-03-18", null, "2027-04-09"), d("2027-04-20"));
    assertTrue(plan.departed());
    assertEquals(List.of("pension-refund"), plan.nextSteps().stream().map(PlanStep::id).toList());
    plan.steps().stream()
        .filter(s -> !s.id().equals("pension-refund"))
        .forEach(
            s -> {
              assertEquals(Status.NO_LONGER_POSSIBLE, s.status(), s.id());
              assertTrue(
                  s.conflicts().contains(new Conflict(Conflict.Kind.LEFT_JAPAN, d("2027-04-09"))),
                  s.id());
            });
  }

  @Test
  void todayBeforeEverythingLeavesEveryStepForLater() {
    DeparturePlan plan =
        PLANNER.plan(CONTENT, student("2027-03-18", null, "2027-04-09"), d("2026-11-25"));
    assertTrue(plan.steps().stream().allMatch(s -> s.status() == Status.LATER));
    assertTrue(plan.nextSteps().isEmpty());
    assertEquals(Optional.empty(), plan.holidaysUntil(), "every day lies in the holiday list");
  }

  @Test
  void stepsAreNumberedByPhaseThenInTheOrderToDoThem() {
    List<PlanStep> steps =
        PLANNER.plan(CONTENT, student("2027-03-18", null, "2027-04-04"), d("2027-01-10")).steps();
    for (int i = 0; i < steps.size(); i++) {
      assertEquals(i + 1, steps.get(i).number());
      if (i > 0) {
        PlanStep before = steps.get(i - 1);
        PlanStep step = steps.get(i);
        int phases =
            Integer.compare(before.procedure().phase().number(), step.procedure().phase().number());
        assertTrue(
            phases < 0
                || phases == 0
                    && !step.dates()
                        .orElseThrow()
                        .due()
                        .isBefore(before.dates().orElseThrow().due()),
            step.id());
      }
    }
    assertEquals(
        List.of("apartment-notice", "immigration"),
        steps.subList(0, 2).stream().map(PlanStep::id).toList());
    assertEquals("pension-refund", steps.get(steps.size() - 1).id());
  }

  @Test
  void daysBeyondTheHolidayListAreFlagged() {
    DeparturePlan plan =
        PLANNER.plan(CONTENT, student("2029-03-16", null, "2029-04-08"), d("2029-01-10"));
    assertEquals(Optional.of(2028), plan.holidaysUntil());
    assertTrue(
        plan.steps().stream()
            .filter(s -> s.procedure().office() != Office.NONE)
            .noneMatch(s -> s.dates().orElseThrow().holidaysKnown()));
  }

  @Test
  void aPlanWithoutAStudentHasEveryStepUndatedByPhase() {
    DeparturePlan plan = PLANNER.undated(CONTENT);
    assertEquals(CONTENT.procedures().size(), plan.steps().size());
    assertTrue(
        plan.steps().stream().allMatch(s -> s.status() == Status.UNDATED && s.dates().isEmpty()));
    assertEquals(
        List.of("apartment-notice", "immigration", "oversized-garbage"),
        plan.steps().subList(0, 3).stream().map(PlanStep::id).toList());
  }
}
