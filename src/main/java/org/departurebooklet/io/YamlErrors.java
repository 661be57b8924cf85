package org.departurebooklet.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * One line for a YAML syntax error: SnakeYAML's own message spans several lines (the source line, a
 * caret under the column, "in 'reader'"), which reads as noise in a list of problems. Stateless.
 */
public final class YamlErrors {

  /** What to look at, in an editor's words, after the parser's own. */
  private static final String HINT =
      "; check the indentation, that list items start with \"- \" "
          + "under their key, and that every quote is closed, on this line or the one before";

  /**
   * Where reading stopped and why: {@code line} and {@code column} from 1 (0 when unknown), and
   * {@code problem} on one line.
   */
  public record Failure(int line, int column, String problem) {

    /** {@code " line 3, column 7"}, {@code " line 3"}, or nothing when the line is unknown. */
    public String where() {
      if (line <= 0) {
        return "";
      }
      return String.format(
          Locale.ROOT, column > 0 ? " line %d, column %d" : " line %d", line, column);
    }
  }

  private YamlErrors() {}

  /** The line, column and problem of a failure to read YAML. */
  public static Failure of(JacksonException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException yaml) {
        // A token the scanner could not finish ("while scanning a quoted scalar") starts where the
        // mistake is, and the end of the file is where it noticed; in a block ("while parsing a
        // block mapping") the context is the start of the enclosing block, often line 1 or 2, and
        // the problem mark is the line to fix.
        // An unclosed bracket ("while parsing a flow sequence") is found where it opens.
        boolean fromContext =
            yaml.getContext() != null
                && (yaml.getContext().startsWith("while scanning")
                    || yaml.getContext().startsWith("while parsing a flow"));
        Mark mark =
            fromContext && yaml.getContextMark() != null
                ? yaml.getContextMark()
                : yaml.getProblemMark();
        String problem = yaml.getProblem() == null ? "not valid YAML" : yaml.getProblem();
        String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")";
        return new Failure(
            mark == null ? 0 : mark.getLine() + 1,
            mark == null ? 0 : mark.getColumn() + 1,
            oneLine(problem + context) + HINT);
      }
    }
    int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
    return new Failure(line, 0, oneLine(e.getOriginalMessage()));
  }

  /**
   * {@code " line 3, column 7: expected ',' or ']' (while parsing a flow sequence)"}, or Jackson's
   * text on one line.
   */
  public static String where(JacksonException e) {
    Failure failure = of(e);
    return failure.where() + ": " + failure.problem();
  }

  private static String oneLine(String text) {
    return text == null ? "not valid YAML" : text.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /**
   * The same for SnakeYAML's own exceptions (for files read as SnakeYAML nodes); {@code text} is
   * what was parsed, to find the line of a character the reader refused (it gives only a position).
   */
  public static String where(YAMLException e, String text) {
    if (e instanceof ReaderException reader) {
      int cp = reader.getCodePoint();
      String name = Character.getName(cp);
      return " line "
          + line(text, reader.getPosition())
          + ": the character "
          + String.format(Locale.ROOT, "U+%04X", cp)
          + (name == null ? "" : " " + name)
          + " is not allowed in YAML (delete it, or write it in double quotes"
          + " as \\u"
          + String.format(Locale.ROOT, "%04X", cp)
          + ")";
    }
    // Jackson's YAML errors are these same exceptions wrapped: read them the same way, in the same
    // words.
    return where(new JsonParseException(null, oneLine(e.getMessage()), e));
  }

  /** The line (from 1) of the code point at {@code position}. */
  private static int line(String text, int position) {
    int line = 1;
    int cps = 0;
    for (int i = 0;
        i < text.length() && cps < position;
        i += Character.charCount(text.codePointAt(i)), cps++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
