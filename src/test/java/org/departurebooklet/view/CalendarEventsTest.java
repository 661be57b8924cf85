package org.departurebooklet.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.model.Plan;
import org.departurebooklet.model.Student;
import org.departurebooklet.plan.DeparturePlan;
import org.departurebooklet.plan.PlanStep;
import org.junit.jupiter.api.Test;

/** The calendar file of a student, read back with ical4j: one event per step of the plan. */
class CalendarEventsTest {

  private static final Booklets BOOKLETS = TestBooklets.get();

  private static Booklets.CheckedStudent checked(Student student, String lang) {
    Booklets.Options options =
        new Booklets.Options(
            TestBooklets.options().paper(),
            Optional.of(lang),
            TestBooklets.TODAY,
            TestBooklets.options().created());
    return BOOKLETS.check(student, options).orElseThrow("test");
  }

  private static List<VEvent> events(Booklets.CheckedStudent student) throws Exception {
    Calendar calendar =
        new CalendarBuilder().build(new ByteArrayInputStream(BOOKLETS.calendar(student)));
    return calendar.getComponents(Component.VEVENT);
  }

  private static String value(Component c, String property) {
    return c.getProperty(property).map(Property::getValue).orElseThrow();
  }

  @Test
  void eachStepIsAnEventOnItsDueDayWithAReminderBeforeIt() throws Exception {
    Booklets.CheckedStudent student = checked(sundayDeparture("Lê Thị Hồng Nhung"), "en");
    DeparturePlan plan = BOOKLETS.plan(student);
    List<VEvent> events = events(student);
    assertEquals(plan.steps().size(), events.size());
    for (int i = 0; i < events.size(); i++) {
      PlanStep step = plan.steps().get(i);
      VEvent event = events.get(i);
      LocalDate due = step.dates().orElseThrow().due();
      assertEquals(due, event.getStartDate().orElseThrow().getDate(), step.id());
      assertEquals(due.plusDays(1), event.getEndDate().orElseThrow().getDate(), step.id());
      assertTrue(value(event, Property.SUMMARY).startsWith(step.number() + ". "), step.id());
      assertEquals(1, event.getAlarms().size(), step.id());
      assertTrue(value(event, Property.DESCRIPTION).contains("Reminder: "), step.id());
    }
    VEvent movingOut =
        events.stream()
            .filter(e -> value(e, Property.SUMMARY).contains("Moving-out"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        LocalDate.of(2027, 4, 2),
        movingOut.getStartDate().orElseThrow().getDate(),
        "Friday, not Sunday");
    assertTrue(
        value(movingOut, Property.DESCRIPTION)
            .contains("4 Apr → by 2 Apr: city hall closed at weekends"),
        value(movingOut, Property.DESCRIPTION));
    assertTrue(value(movingOut, Property.DESCRIPTION).contains("転出届"));
    assertEquals("https://faq.city.kobe.lg.jp/print/faq/136", value(movingOut, Property.URL));
  }

  @Test
  void theSameStudentAndStepKeepTheirUidWhenDatesChange() throws Exception {
    Student first = sundayDeparture("Priya Raman");
    Student moved =
        new Student(
            first.name(),
            first.studentId(),
            first.graduationDate(),
            first.departureDate().plusDays(5),
            null,
            first.plan(),
            first.destination(),
            Optional.empty(),
            Optional.empty());
    List<String> before =
        events(checked(first, "en")).stream().map(e -> value(e, Property.UID)).sorted().toList();
    List<String> after =
        events(checked(moved, "en")).stream().map(e -> value(e, Property.UID)).sorted().toList();
    assertEquals(before, after);
    List<String> other =
        events(checked(sundayDeparture("Siti Nurhaliza"), "en")).stream()
            .map(e -> value(e, Property.UID))
            .sorted()
            .toList();
    assertNotEquals(before, other);
  }

  @Test
  void theJapaneseCalendarIsInJapanese() throws Exception {
    List<VEvent> events = events(checked(sundayDeparture("山田 花子"), "ja"));
    String all =
        events.stream()
            .map(e -> value(e, Property.SUMMARY) + value(e, Property.DESCRIPTION))
            .reduce("", String::concat);
    assertTrue(all.contains("転出届") && all.contains("通知日："), all);
    assertTrue(
        events.stream()
            .allMatch(
                e ->
                    e.getProperty(Property.SUMMARY)
                        .orElseThrow()
                        .getParameter("LANGUAGE")
                        .orElseThrow()
                        .getValue()
                        .equals("ja")));
  }

  private static Student sundayDeparture(String name) {
    return new Student(
        name,
        Optional.empty(),
        LocalDate.of(2027, 3, 18),
        LocalDate.of(2027, 4, 4),
        null,
        Plan.RETURN_HOME,
        "VN",
        Optional.empty(),
        Optional.empty());
  }
}
