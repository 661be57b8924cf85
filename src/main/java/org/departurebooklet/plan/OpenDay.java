package org.departurebooklet.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.departurebooklet.content.Office;

/**
 * The open day found for a requested day: the day itself when the office is open then, else the
 * nearest open day before it (or after it, depending on the search).
 *
 * @param office where the step is done
 * @param requested the day asked about, e.g. a legal deadline
 * @param day the open day found; equal to {@code requested} when the office is open that day
 * @param closure why the office is closed on {@code requested}; empty when it is open
 * @param holidaysKnown false when {@code day} lies outside the years of the holiday list and this
 *     office closes on holidays: weekends and the New Year closure were still applied, but {@code
 *     day} may be a holiday, so the booklet must say the date is unchecked (the days skipped before
 *     it are closed whatever the list says)
 */
public record OpenDay(
    Office office,
    LocalDate requested,
    LocalDate day,
    Optional<Closure> closure,
    boolean holidaysKnown) {

  public OpenDay {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(closure, "closure");
    if (closure.isPresent() == day.equals(requested)) {
      throw new IllegalArgumentException(
          "the day moves exactly when the requested day is closed: "
              + requested
              + " -> "
              + day
              + ", closure "
              + closure);
    }
  }

  /** Whether the open day differs from the requested one. */
  public boolean moved() {
    return !day.equals(requested);
  }
}
