package org.departurebooklet;

/**
 * The one exception type for failures a user must read: bad input, bad usage, or a missing asset.
 * Its message is complete and meant for people (it names the file or field, the bad value and what
 * is accepted); front ends print it without a stack trace and map {@link #kind()} to an exit code
 * or an HTTP status.
 */
public final class BookletException extends RuntimeException {

  /** What went wrong, from the user's side. */
  public enum Kind {
    /** The command line itself is wrong (unknown option, missing argument). */
    USAGE,
    /** A student file, roster row, form field or content file holds a value we cannot accept. */
    BAD_INPUT,
    /**
     * A template, font or content file is missing or unreadable, or a template makes XHTML that
     * does not parse.
     */
    MISSING_ASSET
  }

  private final Kind kind;

  public BookletException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public BookletException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public static BookletException badInput(String message) {
    return new BookletException(Kind.BAD_INPUT, message);
  }

  public static BookletException usage(String message) {
    return new BookletException(Kind.USAGE, message);
  }

  public Kind kind() {
    return kind;
  }
}
