package org.departurebooklet.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a student does after leaving Japan. */
public enum Plan {
  RETURN_HOME("return-home"),
  WORK_ABROAD("work-abroad"),
  UNDECIDED("undecided");

  private final String code;

  Plan(String code) {
    this.code = code;
  }

  /** The code used in student files, rosters and forms, e.g. {@code work-abroad}. */
  public String code() {
    return code;
  }

  public static Optional<Plan> fromCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }

  /** The accepted codes, for error messages: {@code return-home, work-abroad, undecided}. */
  public static String accepted() {
    return Arrays.stream(values()).map(Plan::code).collect(Collectors.joining(", "));
  }
}
