package org.departurebooklet.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.departurebooklet.calendar.CalendarEvent;
import org.departurebooklet.content.Content;
import org.departurebooklet.model.Student;
import org.departurebooklet.plan.DeparturePlan;
import org.departurebooklet.plan.PlanStep;
import org.departurebooklet.plan.StepDates;

/**
 * A student's plan as calendar events: one all-day event per step on the day it must be done by,
 * with a reminder on the day to aim for (or two days before), the same reminder written into the
 * description (Google Calendar drops reminders on import), the sentences of the booklet, the
 * Japanese term and the official page. The same student and step always give the same UID, so
 * importing an updated file updates the events. Stateless and thread-safe.
 */
public final class CalendarEvents {

  /** Days before the due day the reminder comes when there is no earlier day to aim for. */
  static final int REMIND_DAYS_BEFORE = 2;

  private CalendarEvents() {}

  public static List<CalendarEvent> of(Content content, DeparturePlan plan, Student student) {
    PlanWords words = new PlanWords(content);
    return plan.steps().stream().map(step -> event(content, step, student, words)).toList();
  }

  private static CalendarEvent event(
      Content content, PlanStep step, Student student, PlanWords words) {
    StepDates d = step.dates().orElseThrow();
    Content.Procedure p = step.procedure();
    LocalDate remind =
        d.recommended().isBefore(d.due())
            ? d.recommended()
            : d.opens()
                .filter(o -> o.isAfter(d.due().minusDays(REMIND_DAYS_BEFORE)))
                .orElse(d.due().minusDays(REMIND_DAYS_BEFORE));
    if (remind.isAfter(d.due())) {
      remind = d.due();
    }
    List<String> lines = new ArrayList<>();
    lines.add(content.strings().labelWhen() + ": " + words.when(d));
    lines.add(content.strings().plan().reminder().replace("{date}", words.date(remind)));
    words.moved(step).ifPresent(lines::add);
    words.counter(step).ifPresent(lines::add);
    lines.addAll(words.conflicts(step));
    lines.add("");
    lines.add(p.text().summary());
    lines.add("");
    lines.add(
        words.termLabel(p)
            + ": "
            + p.term()
            + (content.language().equals("ja") ? "" : " (" + p.reading() + ")"));
    p.source().ifPresent(lines::add);
    // Who and which step, never a date: a changed date updates the event instead of adding one.
    String uid = CalendarEvent.stableUid(student.name(), student.studentId().orElse(""), p.id());
    return new CalendarEvent(
        uid,
        d.due(),
        step.number() + ". " + p.text().checklist(),
        String.join("\n", lines),
        p.source(),
        Optional.of(remind));
  }
}
