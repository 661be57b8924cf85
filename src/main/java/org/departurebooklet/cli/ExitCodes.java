package org.departurebooklet.cli;

import org.departurebooklet.BookletException;

/** The exit codes of every command, in one place (documented in the README). */
public final class ExitCodes {

  /** Everything worked. */
  public static final int OK = 0;

  /** Something unexpected broke inside the program (a bug: please report it). */
  public static final int INTERNAL = 1;

  /** The command line is wrong: unknown option, missing argument, no such file. */
  public static final int USAGE = 2;

  /** The input (student file, content, roster) holds values that cannot be accepted. */
  public static final int BAD_INPUT = 3;

  /** A batch finished, but some rows failed (see manifest.csv). */
  public static final int PARTIAL = 4;

  /**
   * A template, font or content file of the program is missing, or a template makes XHTML that does
   * not parse.
   */
  public static final int MISSING_ASSET = 5;

  /**
   * A file could not be written while working: disk full, an I/O error (bad paths are usage
   * errors).
   */
  public static final int FILE_ACCESS = 6;

  private ExitCodes() {}

  public static int of(BookletException e) {
    return switch (e.kind()) {
      case USAGE -> USAGE;
      case BAD_INPUT -> BAD_INPUT;
      case MISSING_ASSET -> MISSING_ASSET;
    };
  }
}
