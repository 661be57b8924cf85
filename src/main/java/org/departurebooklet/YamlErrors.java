package org.departurebooklet;

import com.fasterxml.jackson.core.JacksonException;
import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * One line for a YAML syntax error: SnakeYAML's own message spans several lines (the source line,
 * a caret under the column, "in 'reader'"), which reads as noise in a list of problems.
 */
public final class YamlErrors {

  private YamlErrors() {}

  /** {@code " line 3, column 7: expected ',' or ']' (while parsing a flow sequence)"}, or Jackson's text on one line. */
  public static String where(JacksonException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException yaml) {
        // The context ("while scanning a quoted scalar") starts where the mistake is; the parser
        // notices it only later, often on the next line or at the end of the file.
        Mark mark = yaml.getContextMark() != null ? yaml.getContextMark() : yaml.getProblemMark();
        String at = mark == null ? "" : String.format(Locale.ROOT, " line %d, column %d", mark.getLine() + 1,
            mark.getColumn() + 1);
        String problem = yaml.getProblem() == null ? "not valid YAML" : yaml.getProblem();
        String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")";
        return at + ": " + oneLine(problem + context);
      }
    }
    String at = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
        : " line " + e.getLocation().getLineNr();
    return at + ": " + oneLine(e.getOriginalMessage());
  }

  private static String oneLine(String text) {
    return text == null ? "not valid YAML" : text.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
