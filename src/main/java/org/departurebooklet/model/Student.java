package org.departurebooklet.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One student's facts, validated and cleaned. Build it from untrusted fields with {@link
 * StudentFields#parse}, which reports every bad field by name; this constructor only guards the
 * invariants.
 *
 * @param name display name in any script, cleaned of control and bidi characters
 * @param studentId school's id, or empty
 * @param moveOutDate the day the student leaves the apartment; the departure date if not given
 * @param destination ISO 3166-1 alpha-2 code, upper case
 * @param language requested content language code, or empty for the default
 * @param noticeDays the apartment's notice period in days, or empty for the content's default
 */
public record Student(
    String name,
    Optional<String> studentId,
    LocalDate graduationDate,
    LocalDate departureDate,
    LocalDate moveOutDate,
    Plan plan,
    String destination,
    Optional<String> language,
    Optional<Integer> noticeDays) {

  /** The shortest apartment notice period a student or the content may give, in days. */
  public static final int MIN_NOTICE_DAYS = 0;

  /** The longest. */
  public static final int MAX_NOTICE_DAYS = 365;

  public Student {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(graduationDate, "graduationDate");
    Objects.requireNonNull(departureDate, "departureDate");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(noticeDays, "noticeDays");
    if (moveOutDate == null) {
      moveOutDate = departureDate;
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
    if (departureDate.isBefore(graduationDate)) {
      throw new IllegalArgumentException("departure before graduation");
    }
    if (moveOutDate.isAfter(departureDate)) {
      throw new IllegalArgumentException("move-out after departure");
    }
  }
}
