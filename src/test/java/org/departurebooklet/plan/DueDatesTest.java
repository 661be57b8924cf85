package org.departurebooklet.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.Content;
import org.departurebooklet.model.Plan;
import org.departurebooklet.model.Student;
import org.junit.jupiter.api.Test;

class DueDatesTest {

  private final Content content = TestBooklets.get().content("en");
  private final Student student = TestBooklets.sample();

  private Map<String, Step> byId(List<Step> steps) {
    return steps.stream().collect(Collectors.toMap(s -> s.procedure().id(), s -> s));
  }

  @Test
  void immigrationNotificationIsDueFourteenDaysAfterGraduation() {
    Step step = byId(DueDates.timeline(content, student, TestBooklets.TODAY)).get("immigration");
    assertEquals(LocalDate.of(2027, 4, 1), step.due());
    assertTrue(step.from().isEmpty());
  }

  @Test
  void movingOutNotificationRunsFromFourteenDaysBeforeDepartureToDeparture() {
    Step step = byId(DueDates.timeline(content, student, TestBooklets.TODAY)).get("moving-out");
    assertEquals(Optional.of(LocalDate.of(2027, 3, 26)), step.from());
    assertEquals(LocalDate.of(2027, 4, 9), step.due());
  }

  @Test
  void apartmentNoticeIsSixtyDaysBeforeMoveOutUnlessConfigured() {
    Step step = byId(DueDates.timeline(content, student, TestBooklets.TODAY)).get("apartment-notice");
    assertEquals(LocalDate.of(2027, 4, 7).minusDays(60), step.due());

    Student thirty = new Student(student.name(), student.studentId(), student.graduationDate(),
        student.departureDate(), student.moveOutDate(), Plan.RETURN_HOME, "VN", Optional.empty(),
        Optional.of(30));
    Step configured = byId(DueDates.timeline(content, thirty, TestBooklets.TODAY)).get("apartment-notice");
    assertEquals(LocalDate.of(2027, 3, 8), configured.due());
  }

  @Test
  void pensionClaimRunsFromDepartureForTwoYears() {
    Step step = byId(DueDates.timeline(content, student, TestBooklets.TODAY)).get("pension-refund");
    assertEquals(Optional.of(LocalDate.of(2027, 4, 9)), step.from());
    assertEquals(LocalDate.of(2029, 4, 9), step.due());
  }

  @Test
  void residenceCardIsHandedInOnDepartureDay() {
    Step step = byId(DueDates.timeline(content, student, TestBooklets.TODAY)).get("residence-card");
    assertEquals(LocalDate.of(2027, 4, 9), step.due());
  }

  @Test
  void stepsAreInDueDateOrderAndCoverEveryProcedure() {
    List<Step> steps = DueDates.timeline(content, student, TestBooklets.TODAY);
    assertEquals(content.procedures().size(), steps.size());
    for (int i = 1; i < steps.size(); i++) {
      assertFalse(steps.get(i).due().isBefore(steps.get(i - 1).due()), "out of order at " + i);
    }
  }

  @Test
  void stepsDueBeforeTodayAreMarkedOverdueAndStillListed() {
    LocalDate today = LocalDate.of(2027, 4, 2);
    List<Step> steps = DueDates.timeline(content, student, today);
    Map<String, Step> byId = byId(steps);
    assertTrue(byId.get("immigration").overdue());
    assertTrue(byId.get("apartment-notice").overdue());
    assertFalse(byId.get("residence-card").overdue());
    assertEquals(content.procedures().size(), steps.size());
  }
}
