package org.departurebooklet.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * Why an office is closed on a day. A holiday carries its name as the holiday list writes it (the
 * Cabinet Office's list names them in Japanese only, e.g. {@code 春分の日}; substitute and citizens'
 * holidays are both {@code 休日}).
 *
 * @param reason what closes the office
 * @param holidayName the holiday's name, present exactly when {@code reason} is HOLIDAY
 */
public record Closure(Reason reason, Optional<String> holidayName) {

  /** What closes an office on a day. */
  public enum Reason {
    /** Saturday or Sunday. */
    WEEKEND,
    /** A national holiday, including substitute and citizens' holidays. */
    HOLIDAY,
    /** The office's New Year closure (e.g. 29 December – 3 January for city halls). */
    NEW_YEAR
  }

  public Closure {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(holidayName, "holidayName");
    if (holidayName.isPresent() != (reason == Reason.HOLIDAY)) {
      throw new IllegalArgumentException("a holiday name goes with HOLIDAY only, not " + reason);
    }
  }

  public static Closure weekend() {
    return new Closure(Reason.WEEKEND, Optional.empty());
  }

  public static Closure newYear() {
    return new Closure(Reason.NEW_YEAR, Optional.empty());
  }

  public static Closure holiday(String name) {
    return new Closure(Reason.HOLIDAY, Optional.of(name));
  }
}
