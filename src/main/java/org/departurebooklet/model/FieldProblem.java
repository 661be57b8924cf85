package org.departurebooklet.model;

/**
 * One bad field of a student record: which field, the value as given, and what is wrong with it
 * including what would be accepted. {@code kind} says what went wrong in a form a front end can
 * translate (the web form's Japanese page does).
 */
public record FieldProblem(String field, String value, String problem, Kind kind) {

  /** What went wrong, for translation. */
  public enum Kind {
    MISSING,
    NOT_A_DATE,
    NOT_A_REAL_DATE,
    DATE_OUT_OF_RANGE,
    DEPARTURE_BEFORE_GRADUATION,
    MOVE_OUT_AFTER_DEPARTURE,
    UNKNOWN_PLAN,
    UNKNOWN_COUNTRY,
    UNKNOWN_LANGUAGE,
    TOO_LONG,
    NOT_A_NUMBER_OF_DAYS,
    DAYS_OUT_OF_RANGE,
    UNPRINTABLE,
    OTHER
  }

  /** A problem without a translatable kind. */
  public FieldProblem(String field, String value, String problem) {
    this(field, value, problem, Kind.OTHER);
  }

  /**
   * The message for people, e.g. {@code graduation_date "2027-02-30" is not a real date (use
   * YYYY-MM-DD)}.
   */
  public String describe() {
    return value == null || value.isEmpty()
        ? field + " " + problem
        : field + " \"" + value + "\" " + problem;
  }
}
