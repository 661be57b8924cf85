package org.departurebooklet.content;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kind of place a step is done at, and the days it is closed: weekends and national holidays
 * for counters, and for some the New Year closure, which runs from a day in late December to 3
 * January. {@link OfficeDays} applies these rules to dates.
 */
public enum Office {
  /** A city or ward office: weekends, holidays and 29 December – 3 January. */
  CITY_HALL("city-hall", true, MonthDay.of(Month.DECEMBER, 29)),
  /** A regional immigration office: weekends, holidays and 29 December – 3 January. */
  IMMIGRATION("immigration", true, MonthDay.of(Month.DECEMBER, 29)),
  /** A bank branch: weekends, holidays and 31 December – 3 January (open 29–30 December). */
  BANK("bank", true, MonthDay.of(Month.DECEMBER, 31)),
  /** A Japan Post counter: weekends and holidays. */
  POST_OFFICE("post-office", true, null),
  /** No counter (online, phone, the landlord, the airport): never closed for our purposes. */
  NONE("none", false, null);

  /** The last day of the New Year closure, for every office that has one. */
  public static final MonthDay NEW_YEAR_CLOSURE_END = MonthDay.of(Month.JANUARY, 3);

  private final String code;
  private final boolean counter;
  private final MonthDay newYearClosureStart;

  Office(String code, boolean counter, MonthDay newYearClosureStart) {
    this.code = code;
    this.counter = counter;
    this.newYearClosureStart = newYearClosureStart;
  }

  /** The code used in content files, e.g. {@code city-hall}. */
  public String code() {
    return code;
  }

  public static Optional<Office> fromCode(String code) {
    return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
  }

  /** The accepted codes, for error messages: {@code city-hall, immigration, bank, ...}. */
  public static String accepted() {
    return Arrays.stream(values()).map(Office::code).collect(Collectors.joining(", "));
  }

  /** Whether this is a counter, closed at weekends and on national holidays. */
  public boolean closesOnWeekendsAndHolidays() {
    return counter;
  }

  /** The first day of this office's New Year closure, if it has one (it ends on 3 January). */
  public Optional<MonthDay> newYearClosureStart() {
    return Optional.ofNullable(newYearClosureStart);
  }

  /** Whether {@code date} falls in this office's New Year closure. */
  public boolean inNewYearClosure(LocalDate date) {
    if (newYearClosureStart == null) {
      return false;
    }
    MonthDay day = MonthDay.from(date);
    return !day.isBefore(newYearClosureStart) || !day.isAfter(NEW_YEAR_CLOSURE_END);
  }
}
