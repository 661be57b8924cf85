package org.departurebooklet.model;

/**
 * One bad field of a student record: which field, the value as given, and what is wrong with it
 * including what would be accepted.
 */
public record FieldProblem(String field, String value, String problem) {

  /** The message for people, e.g. {@code graduation_date "2027-02-30" is not a real date (use YYYY-MM-DD)}. */
  public String describe() {
    return value == null || value.isEmpty()
        ? field + " " + problem
        : field + " \"" + value + "\" " + problem;
  }
}
