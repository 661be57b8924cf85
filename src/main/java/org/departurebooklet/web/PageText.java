package org.departurebooklet.web;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.departurebooklet.model.FieldProblem;

/**
 * The web page's own words in one language, as written in templates/web/strings-&lt;code&gt;.yaml.
 * Every component is required; see {@link WebAssets} for how the files are checked.
 */
public record PageText(
    String languageName,
    String title,
    String intro,
    String privacy,
    String otherLanguages,
    String required,
    String labelName,
    String hintName,
    String labelGraduationDate,
    String hintGraduationDate,
    String labelDepartureDate,
    String hintDepartureDate,
    String labelMoveOutDate,
    String hintMoveOutDate,
    String legendPlan,
    String hintPlan,
    String planReturnHome,
    String planWorkAbroad,
    String planUndecided,
    String labelDestination,
    String hintDestination,
    String labelLanguage,
    String hintLanguage,
    String legendPaper,
    String hintPaper,
    String paperA5,
    String paperA4,
    String submit,
    String errorSummary,
    String problemFormat,
    String problemTooLong,
    String problemPaper,
    String problemNotUtf8,
    String problemLeavingJapan,
    Map<String, String> problems,
    String busyNotice,
    String messageTooLargeTitle,
    String messageTooLarge,
    String messageUnsupportedTitle,
    String messageUnsupported,
    String messageNotFoundTitle,
    String messageNotFound,
    String messageMethodTitle,
    String messageMethod,
    String messageErrorTitle,
    String messageError,
    String backToForm,
    PlanPageText planPage) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

  /** A message for one bad field, e.g. {@code Paper size: "B5" is not offered; choose A5 or A4}. */
  public String problem(String label, String problem) {
    return fill(problemFormat, Map.of("label", label, "problem", problem));
  }

  /**
   * A message for one bad field in this page's language: the translation of its kind from {@code
   * problems} (which may use {value}), or else the checks' own English detail.
   */
  public String problem(String label, FieldProblem p) {
    String translated =
        problems == null ? null : problems.get(p.kind().name().toLowerCase(Locale.ROOT));
    return translated == null
        ? problem(label, p.problem())
        : fill(
            problemFormat,
            Map.of(
                "label",
                label,
                "problem",
                fill(translated, Map.of("value", p.value() == null ? "" : p.value()))));
  }

  /** The problem of an answer longer than {@code max} characters, naming the limit. */
  public String tooLong(int max) {
    return fill(problemTooLong, Map.of("max", Integer.toString(max)));
  }

  /** The problem of a paper size that is not offered, naming the one sent. */
  public String paperProblem(String value) {
    return fill(problemPaper, Map.of("value", value));
  }

  /** Fills {@code {key}} placeholders in one pass, so a value that holds braces stays as it is. */
  private static String fill(String pattern, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }
}
