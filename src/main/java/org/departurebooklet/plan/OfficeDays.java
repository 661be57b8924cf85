package org.departurebooklet.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.departurebooklet.content.Office;

/**
 * The days an office is open, from its closures ({@link Office}) and a holiday list: a step due on
 * a day its counter is closed falls due on the last open day before it.
 *
 * <p>Beyond the years of the holiday list ({@link #covers(LocalDate)} false), weekends and the New
 * Year closure still apply but holidays are unknown. No answer then claims a counter is open:
 * {@link #isOpen} says false, and the searches return their day with {@link
 * OpenDay#holidaysKnown()} false so the booklet can warn that the date is unchecked. Immutable and
 * thread-safe.
 */
public final class OfficeDays {

  private final Holidays holidays;

  public OfficeDays(Holidays holidays) {
    this.holidays = Objects.requireNonNull(holidays, "holidays");
  }

  /** The holiday list behind these answers, e.g. to name its file and years in a warning. */
  public Holidays holidays() {
    return holidays;
  }

  /** Whether the holiday list covers {@code date}, so every answer about that day is certain. */
  public boolean covers(LocalDate date) {
    return holidays.covers(date);
  }

  /**
   * Why {@code office} is closed on {@code date}, or empty when no closure is known. When several
   * apply, the New Year closure comes first, then a holiday, then the weekend (so a holiday on a
   * Saturday is named). Beyond the list's years an empty answer only means "not a weekend nor the
   * New Year closure": the day may still be a holiday (see {@link #isOpen}).
   */
  public Optional<Closure> closure(Office office, LocalDate date) {
    if (office.inNewYearClosure(date)) {
      return Optional.of(Closure.newYear());
    }
    if (!office.closesOnWeekendsAndHolidays()) {
      return Optional.empty();
    }
    Optional<String> holiday = holidays.name(date);
    if (holiday.isPresent()) {
      return Optional.of(Closure.holiday(holiday.get()));
    }
    DayOfWeek weekday = date.getDayOfWeek();
    if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
      return Optional.of(Closure.weekend());
    }
    return Optional.empty();
  }

  /**
   * Whether {@code office} is known to be open on {@code date}. False when it is closed, and also
   * when the answer is unknown: a weekday beyond the list's years may be a holiday for an office
   * that closes on holidays. Tell the two apart with {@link #closure} or {@link #covers}.
   */
  public boolean isOpen(Office office, LocalDate date) {
    return closure(office, date).isEmpty() && knows(office, date);
  }

  /**
   * The last day on or before {@code date} that {@code office} is not known to be closed: the day a
   * step due on {@code date} must be done by at that office. {@link Office#NONE} never moves.
   */
  public OpenDay lastOpenOnOrBefore(Office office, LocalDate date) {
    return search(office, date, -1);
  }

  /** The first day on or after {@code date} that {@code office} is not known to be closed. */
  public OpenDay firstOpenOnOrAfter(Office office, LocalDate date) {
    return search(office, date, 1);
  }

  /**
   * Steps one day at a time until no closure is known. It ends: beyond the list's years only
   * weekends and the New Year closure remain, at most a week in a row.
   */
  private OpenDay search(Office office, LocalDate requested, int step) {
    Objects.requireNonNull(office, "office");
    Optional<Closure> closure = closure(office, requested);
    LocalDate day = requested;
    while (closure(office, day).isPresent()) {
      day = day.plusDays(step);
    }
    return new OpenDay(office, requested, day, closure, knows(office, day));
  }

  /** Whether the list settles if {@code date} is a holiday that closes {@code office}. */
  private boolean knows(Office office, LocalDate date) {
    return !office.closesOnWeekendsAndHolidays() || holidays.covers(date);
  }
}
