package org.departurebooklet.batch;

import java.util.Locale;
import java.util.Objects;

/**
 * What happened to one roster row, as {@code manifest.csv} reports it.
 *
 * @param line the row's physical line in the roster
 * @param studentId as given (may be empty)
 * @param file the booklet's file name in the output folder, empty for an error
 * @param pages the booklet's pages, 0 for an error
 * @param sha256 the booklet's SHA-256 in hex, empty for an error
 * @param message for an error, each bad field with its value and what is accepted
 */
public record ManifestRow(
    long line,
    String studentId,
    String file,
    int pages,
    String sha256,
    Status status,
    String message) {

  /** A row's outcome. */
  public enum Status {
    /** The booklet was made in this run. */
    OK,
    /** The booklet from an earlier run was kept: nothing that goes into it has changed. */
    SKIPPED,
    /** No booklet: the row has bad values or rendering failed. */
    ERROR;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ManifestRow {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
  }

  public static ManifestRow error(long line, String studentId, String message) {
    return new ManifestRow(line, studentId, "", 0, "", Status.ERROR, message);
  }

  public boolean hasBooklet() {
    return status != Status.ERROR;
  }
}
