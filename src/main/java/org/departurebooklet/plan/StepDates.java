package org.departurebooklet.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A step's days for one student, each computed once by the {@link Planner}; nothing after the plan
 * recomputes a date.
 *
 * @param opens the first day it can be done, if it has a window
 * @param legal the last day its rule gives (the law's or the practical deadline)
 * @param lastDay the last day it can be done: the legal day, or the departure when that comes first
 *     for a step done in Japan
 * @param due the day it must be done by: the last day, moved to the last day its office is open
 *     before it when it is done at a counter
 * @param closure why {@code due} is earlier than it would be: the office is closed on that day
 * @param counterDue for a step that can also be done online (which keeps {@code due}), the last day
 *     the counter is open when that is earlier
 * @param recommended the day to aim for, inside the window, on a day the office is open
 * @param holidaysKnown false when a day of the step lies beyond the years of the holiday list (only
 *     weekends and the New Year closure were applied)
 */
public record StepDates(
    Optional<LocalDate> opens,
    LocalDate legal,
    LocalDate lastDay,
    LocalDate due,
    Optional<Closure> closure,
    Optional<LocalDate> counterDue,
    LocalDate recommended,
    boolean holidaysKnown) {

  public StepDates {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(legal, "legal");
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(closure, "closure");
    Objects.requireNonNull(counterDue, "counterDue");
    Objects.requireNonNull(recommended, "recommended");
    if (recommended.isAfter(due) || due.isAfter(lastDay) || lastDay.isAfter(legal)) {
      throw new IllegalArgumentException(
          "days out of order: recommended "
              + recommended
              + ", due "
              + due
              + ", last day "
              + lastDay
              + ", legal "
              + legal);
    }
  }
}
