package org.departurebooklet.content;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline rule from content: a student date plus or minus an amount, such as {@code graduation +
 * 14 days}, {@code departure + 2 years} or {@code move_out - notice} (the apartment notice period).
 * Immutable.
 *
 * @param anchor which of the student's dates the rule starts from
 * @param sign +1 or -1
 * @param amount how many units; ignored for {@link Unit#NOTICE}
 */
public record DueRule(Anchor anchor, int sign, int amount, Unit unit) {

  /** The student's dates a rule can start from. */
  public enum Anchor {
    GRADUATION,
    DEPARTURE,
    MOVE_OUT
  }

  /** The units of an offset; NOTICE means the apartment notice period in days. */
  public enum Unit {
    DAYS,
    MONTHS,
    YEARS,
    NOTICE
  }

  /** What a rule looks like, for messages. */
  public static final String FORMAT =
      "<graduation|departure|move_out> [+|- <n> days|months|years], or move_out - notice";

  private static final Pattern RULE =
      Pattern.compile(
          "\\s*(graduation|departure|move_out)\\s*(?:([+-])\\s*(?:(\\d{1,4})\\s*(days?|months?|years?)|(notice)))?\\s*");

  public DueRule {
    if (sign != 1 && sign != -1) {
      throw new IllegalArgumentException("sign must be +1 or -1");
    }
    if (amount < 0) {
      throw new IllegalArgumentException("amount must not be negative");
    }
  }

  /**
   * Parses a rule, e.g. {@code "departure - 14 days"}.
   *
   * @throws IllegalArgumentException naming the text and {@link #FORMAT}
   */
  public static DueRule parse(String text) {
    Matcher m = text == null ? null : RULE.matcher(text);
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a deadline rule (use " + FORMAT + ")");
    }
    Anchor anchor = Anchor.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    if (m.group(2) == null) {
      return new DueRule(anchor, 1, 0, Unit.DAYS);
    }
    int sign = m.group(2).equals("+") ? 1 : -1;
    if (m.group(5) != null) {
      if (anchor != Anchor.MOVE_OUT || sign != -1) {
        throw new IllegalArgumentException(
            "\""
                + text
                + "\": the notice period counts back from move_out (write move_out - notice)");
      }
      return new DueRule(anchor, sign, 0, Unit.NOTICE);
    }
    String unit = m.group(4).endsWith("s") ? m.group(4) : m.group(4) + "s";
    return new DueRule(
        anchor, sign, Integer.parseInt(m.group(3)), Unit.valueOf(unit.toUpperCase(Locale.ROOT)));
  }

  /** The date this rule gives for the student's dates and notice period. */
  public LocalDate apply(
      LocalDate graduation, LocalDate departure, LocalDate moveOut, int noticeDays) {
    LocalDate start =
        switch (anchor) {
          case GRADUATION -> graduation;
          case DEPARTURE -> departure;
          case MOVE_OUT -> moveOut;
        };
    return switch (unit) {
      case DAYS -> start.plusDays((long) sign * amount);
      case MONTHS -> start.plusMonths((long) sign * amount);
      case YEARS -> start.plusYears((long) sign * amount);
      case NOTICE -> start.minusDays(noticeDays);
    };
  }
}
