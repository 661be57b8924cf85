package org.departurebooklet.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the fields of a student file, roster row or web form (same names everywhere) into a {@link
 * Student}, collecting a {@link FieldProblem} for every bad field rather than stopping at the
 * first. Stateless and thread-safe.
 */
public final class StudentFields {

  public static final String NAME = "name";
  public static final String STUDENT_ID = "student_id";
  public static final String GRADUATION_DATE = "graduation_date";
  public static final String DEPARTURE_DATE = "departure_date";
  public static final String MOVE_OUT_DATE = "move_out_date";
  public static final String PLAN = "plan";
  public static final String DESTINATION = "destination";
  public static final String LANGUAGE = "language";
  public static final String NOTICE_DAYS = "notice_days";

  /** Every field name a student record may carry, in the order people read them. */
  public static final List<String> ALL =
      List.of(
          STUDENT_ID,
          NAME,
          GRADUATION_DATE,
          DEPARTURE_DATE,
          MOVE_OUT_DATE,
          PLAN,
          DESTINATION,
          LANGUAGE,
          NOTICE_DAYS);

  /** The first and last years a date may fall in: a booklet plans a departure, not history. */
  public static final int FIRST_YEAR = 2000;

  public static final int LAST_YEAR = 2100;

  public static final int MAX_NAME_LENGTH = 100;
  public static final int MAX_ID_LENGTH = 40;
  private static final String NOTICE_RANGE =
      Student.MIN_NOTICE_DAYS + " to " + Student.MAX_NOTICE_DAYS;

  private static final DateTimeFormatter ISO_STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private StudentFields() {}

  /** Either a student or the problems that stopped one being made. */
  public record Result(Optional<Student> student, List<FieldProblem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return student.isPresent();
    }
  }

  /**
   * Parses raw field values (untrusted; {@code null} or blank means absent).
   *
   * @param languages the content languages that exist, for checking {@code language}
   */
  public static Result parse(Map<String, String> raw, Set<String> languages) {
    List<FieldProblem> problems = new ArrayList<>();

    String name = CleanText.clean(raw.get(NAME));
    if (name == null || name.isEmpty()) {
      problems.add(
          new FieldProblem(
              NAME,
              "",
              "is missing (write the student's name as it should print)",
              FieldProblem.Kind.MISSING));
    } else if (!CleanText.hasLetter(name)) {
      problems.add(
          new FieldProblem(
              NAME,
              "",
              "has no letter that prints (write the student's name as it should print)",
              FieldProblem.Kind.MISSING));
    } else if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
      problems.add(
          new FieldProblem(
              NAME,
              shorten(name),
              "is too long (at most " + MAX_NAME_LENGTH + " characters)",
              FieldProblem.Kind.TOO_LONG));
    }

    Optional<String> studentId = optional(raw, STUDENT_ID);
    if (studentId.isPresent()
        && studentId.get().codePointCount(0, studentId.get().length()) > MAX_ID_LENGTH) {
      problems.add(
          new FieldProblem(
              STUDENT_ID,
              shorten(studentId.get()),
              "is too long (at most " + MAX_ID_LENGTH + " characters)",
              FieldProblem.Kind.TOO_LONG));
    }

    LocalDate graduation = date(raw, GRADUATION_DATE, true, problems);
    LocalDate departure = date(raw, DEPARTURE_DATE, true, problems);
    LocalDate moveOut = date(raw, MOVE_OUT_DATE, false, problems);
    if (graduation != null && departure != null && departure.isBefore(graduation)) {
      problems.add(
          new FieldProblem(
              DEPARTURE_DATE,
              departure.toString(),
              "is before graduation_date "
                  + graduation
                  + " (the departure must be on or after graduation)",
              FieldProblem.Kind.DEPARTURE_BEFORE_GRADUATION));
    }
    if (moveOut != null && departure != null && moveOut.isAfter(departure)) {
      problems.add(
          new FieldProblem(
              MOVE_OUT_DATE,
              moveOut.toString(),
              "is after departure_date " + departure + " (move out on or before the departure day)",
              FieldProblem.Kind.MOVE_OUT_AFTER_DEPARTURE));
    }

    Plan plan = null;
    Optional<String> planCode = optional(raw, PLAN);
    if (planCode.isEmpty()) {
      problems.add(
          new FieldProblem(
              PLAN,
              "",
              "is missing (use one of " + Plan.accepted() + ")",
              FieldProblem.Kind.MISSING));
    } else {
      plan = Plan.fromCode(asciiLower(planCode.get())).orElse(null);
      if (plan == null) {
        problems.add(
            new FieldProblem(
                PLAN,
                planCode.get(),
                "is not a plan (use one of " + Plan.accepted() + ")",
                FieldProblem.Kind.UNKNOWN_PLAN));
      }
    }

    String destination = null;
    Optional<String> country = optional(raw, DESTINATION);
    if (country.isEmpty()) {
      problems.add(
          new FieldProblem(
              DESTINATION,
              "",
              "is missing (use a two-letter ISO 3166-1 country code such as VN, SG or US)",
              FieldProblem.Kind.MISSING));
    } else {
      destination = asciiUpper(country.get());
      if (destination.equals(CountryCodes.JAPAN)) {
        problems.add(
            new FieldProblem(
                DESTINATION,
                country.get(),
                "is Japan: the booklet is for leaving Japan"
                    + " (write the country the student moves to, such as VN, SG or US)"));
      } else if (!CountryCodes.contains(destination)) {
        problems.add(
            new FieldProblem(
                DESTINATION,
                country.get(),
                destination.equals("UK")
                    ? "is not a country code (use GB for the United Kingdom)"
                    : "is not a country code (use a two-letter ISO 3166-1 code such as VN, SG or US)",
                FieldProblem.Kind.UNKNOWN_COUNTRY));
      }
    }

    Optional<String> language = optional(raw, LANGUAGE).map(StudentFields::asciiLower);
    if (language.isPresent() && !languages.contains(language.get())) {
      problems.add(
          new FieldProblem(
              LANGUAGE,
              language.get(),
              "is not an available language (use one of "
                  + String.join(", ", languages.stream().sorted().toList())
                  + ")",
              FieldProblem.Kind.UNKNOWN_LANGUAGE));
    }

    Optional<Integer> noticeDays = Optional.empty();
    Optional<String> notice = optional(raw, NOTICE_DAYS);
    if (notice.isPresent()) {
      try {
        int days = Integer.parseInt(notice.get());
        if (days < Student.MIN_NOTICE_DAYS || days > Student.MAX_NOTICE_DAYS) {
          problems.add(
              new FieldProblem(
                  NOTICE_DAYS,
                  notice.get(),
                  "is out of range (use a whole number of days from "
                      + NOTICE_RANGE
                      + ", e.g. 30 or 60)",
                  FieldProblem.Kind.DAYS_OUT_OF_RANGE));
        } else {
          noticeDays = Optional.of(days);
        }
      } catch (NumberFormatException e) {
        problems.add(
            new FieldProblem(
                NOTICE_DAYS,
                notice.get(),
                "is not a number of days (use a whole number from "
                    + NOTICE_RANGE
                    + ", e.g. 30 or 60)",
                FieldProblem.Kind.NOT_A_NUMBER_OF_DAYS));
      }
    }

    if (!problems.isEmpty()) {
      return new Result(Optional.empty(), problems);
    }
    return new Result(
        Optional.of(
            new Student(
                name,
                studentId,
                graduation,
                departure,
                moveOut,
                plan,
                destination,
                language,
                noticeDays)),
        List.of());
  }

  /**
   * A code in lower case, changing only ASCII letters: Java's case mapping would turn the Kelvin
   * sign into "k", and in upper case "ß" into "SS" (South Sudan) or "ſg" into "SG"; a code is
   * accepted only as written in ASCII.
   */
  private static String asciiLower(String code) {
    StringBuilder out = new StringBuilder(code.length());
    code.chars()
        .forEach(c -> out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : (char) c));
    return out.toString();
  }

  /** A code in upper case, changing only ASCII letters (see {@link #asciiLower}). */
  private static String asciiUpper(String code) {
    StringBuilder out = new StringBuilder(code.length());
    code.chars()
        .forEach(c -> out.append(c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : (char) c));
    return out.toString();
  }

  private static Optional<String> optional(Map<String, String> raw, String field) {
    String value = CleanText.clean(raw.get(field));
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private static LocalDate date(
      Map<String, String> raw, String field, boolean required, List<FieldProblem> problems) {
    Optional<String> value = optional(raw, field);
    if (value.isEmpty()) {
      if (required) {
        problems.add(
            new FieldProblem(
                field,
                "",
                "is missing (use YYYY-MM-DD, e.g. 2027-03-18)",
                FieldProblem.Kind.MISSING));
      }
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value.get(), ISO_STRICT);
      if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
        problems.add(
            new FieldProblem(
                field,
                value.get(),
                "is out of range (use a date between " + FIRST_YEAR + " and " + LAST_YEAR + ")",
                FieldProblem.Kind.DATE_OUT_OF_RANGE));
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      boolean shaped = value.get().matches("\\d{4}-\\d{2}-\\d{2}");
      String problem =
          shaped
              ? "is not a real date (use YYYY-MM-DD, e.g. 2027-03-18)"
              : "is not a date (use YYYY-MM-DD, e.g. 2027-03-18)";
      problems.add(
          new FieldProblem(
              field,
              value.get(),
              problem,
              shaped ? FieldProblem.Kind.NOT_A_REAL_DATE : FieldProblem.Kind.NOT_A_DATE));
      return null;
    }
  }

  private static String shorten(String s) {
    return s.codePointCount(0, s.length()) <= 40
        ? s
        : s.substring(0, s.offsetByCodePoints(0, 37)) + "...";
  }
}
