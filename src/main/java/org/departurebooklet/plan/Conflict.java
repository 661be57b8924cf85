package org.departurebooklet.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something about a step's dates a student must be told in words, never left as a silent wrong
 * order.
 *
 * @param kind what it is
 * @param day the day it is about: the legal day that falls after the departure, or the last day
 *     that has passed
 */
public record Conflict(Kind kind, LocalDate day) {

  /** The kinds of conflict. */
  public enum Kind {
    /** The rule's day falls after the departure: the step is due before leaving instead. */
    AFTER_DEPARTURE,
    /** The lease's notice period counts back to a day already past: give notice at once. */
    NOTICE_TOO_SHORT,
    /** The step's last day has passed. */
    DAY_PASSED,
    /** The step could only be done in Japan, and the student has left. */
    LEFT_JAPAN
  }

  public Conflict {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(day, "day");
  }
}
