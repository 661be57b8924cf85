package org.departurebooklet.content;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A way a procedure is done. It says whether there is a counter to show the Japanese term at, and
 * whether the step can be done online (then it keeps its legal day even when the counter is
 * closed).
 */
public enum Way {
  /** In person, at an office's counter. */
  COUNTER("counter"),
  /** On a website or an app. */
  ONLINE("online"),
  /** By post. */
  POST("post"),
  /** By telephone. */
  PHONE("phone"),
  /** With the landlord or the management company. */
  LANDLORD("landlord"),
  /** At the airport, at departure. */
  AIRPORT("airport");

  private final String code;

  Way(String code) {
    this.code = code;
  }

  /** The code used in content files, e.g. {@code online}. */
  public String code() {
    return code;
  }

  public static Optional<Way> fromCode(String code) {
    return Arrays.stream(values()).filter(w -> w.code.equals(code)).findFirst();
  }

  /** The accepted codes, for messages. */
  public static String accepted() {
    return Arrays.stream(values()).map(Way::code).collect(Collectors.joining(", "));
  }
}
