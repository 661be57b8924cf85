package org.departurebooklet.content;

import java.util.Objects;
import org.departurebooklet.io.Printable;

/**
 * One problem found in a content folder, from where it is found to where it is printed. {@link
 * #describe()} is the line {@code booklet validate} prints, such as {@code content/en/strings.yaml
 * line 12: booklet_title: expected one text value, found a list}.
 *
 * @param file the file as messages name it: {@code content/vi/strings.yaml} for the packed folder,
 *     else under the folder given (see {@link AssetDirs#contentLabel}); a folder ends with "/"
 * @param line the line from 1, or 0 when it is not known (a value in a list has none)
 * @param column the column from 1, or 0; named only with a line, for a syntax error
 * @param path the key: {@code rows.salary.item}, {@code procedures[3] (nhk).source}; empty when the
 *     problem is the whole file's
 * @param kind what sort of problem it is
 * @param message what is wrong and what would be accepted
 */
public record ContentProblem(
    String file, int line, int column, String path, Kind kind, String message) {

  /** What sort of problem: which check found it, and which ones say the same in other words. */
  public enum Kind {
    /** The file or folder cannot be read: missing, a folder, empty, not UTF-8. */
    FILE,
    /** The content folder's layout: a language folder without strings.yaml, no English edition. */
    FOLDER,
    /** Not YAML, or YAML the reader cannot take (the parser's words, at its line and column). */
    SYNTAX,
    /**
     * YAML that would print wrong: an anchor, an alias, a tag, a key that is a list, a second
     * document.
     */
    YAML_FEATURE,
    /** The same key twice in one place, or one id used by two procedures. */
    DUPLICATE,
    /** A key the file's schema does not have. */
    UNKNOWN_KEY,
    /** A required key absent or empty, or the text of an id common.yaml lists. */
    MISSING,
    /** A language file's entry whose id common.yaml does not list. */
    UNLISTED,
    /** A list, a group of keys or one value where another of these belongs. */
    SHAPE,
    /**
     * A value of the right shape that cannot be used: not a number, an unknown plan, a bad deadline
     * rule.
     */
    VALUE,
    /**
     * A setting of strings.yaml (or common.yaml's notice_days) that would print wrong. Its message
     * goes on from the key, as a sentence about its value: {@code line_height 9.0 must be 1.0 to
     * 2.5}.
     */
    SETTING,
    /** A link that is not https, points to another host or carries tracking parameters. */
    LINK,
    /** A key that is not where the English edition has it (key parity). */
    PARITY,
    /** A character no font of the language draws, or a font family fonts.yaml does not have. */
    FONT,
    /**
     * Text not in Unicode's composed form (NFC), which may print with misplaced marks, or with a
     * character no booklet can print (a control character other than tab and line breaks).
     */
    UNICODE
  }

  public ContentProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column are from 1, or 0 when unknown: " + line + ", " + column);
    }
  }

  /** A problem at a key, without a line. */
  public static ContentProblem at(String file, String path, Kind kind, String message) {
    return new ContentProblem(file, 0, 0, path, kind, message);
  }

  /** A problem of a whole file or folder. */
  public static ContentProblem of(String file, Kind kind, String message) {
    return new ContentProblem(file, 0, 0, "", kind, message);
  }

  /**
   * The line {@code validate} prints: the file, the line (and column) when known, the key, what is
   * wrong. Control and invisible format characters from the file are shown escaped, so one problem
   * stays one line (see {@link Printable}).
   */
  public String describe() {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) {
      out.append(" line ").append(line);
      if (column > 0) {
        out.append(", column ").append(column);
      }
    }
    out.append(": ");
    if (!path.isEmpty()) {
      out.append(path).append(kind == Kind.SETTING ? " " : ": ");
    }
    return Printable.line(out.append(message).toString());
  }
}
