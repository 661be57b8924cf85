package org.departurebooklet.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.departurebooklet.BookletException;
import org.departurebooklet.Booklets;
import org.departurebooklet.view.Paper;
import picocli.CommandLine.Option;

/** How a booklet is made: paper, language, and the day it counts from. */
final class BookletOptions {

  @Option(
      names = "--paper",
      paramLabel = "a5|a4",
      defaultValue = "a5",
      description = "Paper size: a5 (default) or a4.")
  String paper;

  @Option(
      names = "--lang",
      paramLabel = "CODE",
      description = "Language of the booklet (overrides the student's language; default en).")
  String lang;

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      description =
          "The day the booklet counts from; earlier deadlines are marked overdue (default: today).")
  LocalDate today;

  @Option(
      names = "--no-tagging",
      negatable = false,
      description =
          "Leave out the accessibility tags (faster; the PDF is then neither PDF/UA nor PDF/A).")
  boolean untagged;

  Booklets.Options toOptions() {
    Paper p =
        Paper.fromCode(paper)
            .orElseThrow(
                () ->
                    new BookletException(
                        BookletException.Kind.USAGE,
                        "--paper \"" + paper + "\" is not a paper size (use a5 or a4)"));
    LocalDate day = today != null ? today : LocalDate.now();
    return new Booklets.Options(p, Optional.ofNullable(lang), day, created(day), !untagged);
  }

  /** The latest second a PDF date can hold: its years have four digits (9999-12-31T23:59:59Z). */
  static final long LAST_EPOCH_SECOND = 253_402_300_799L;

  /** SOURCE_DATE_EPOCH if set (reproducible builds), else the start of the booklet's day. */
  static Instant created(LocalDate day) {
    return created(day, System.getenv("SOURCE_DATE_EPOCH"));
  }

  /**
   * {@code epoch} (whole seconds since 1970-01-01 UTC) if given, else the start of {@code day}. A
   * value that is not such a number, or lies past the year 9999, is refused rather than ignored or
   * clamped: a reproducible build that silently got another date would not be reproducible, and a
   * PDF writes year 10000 as "1000".
   */
  static Instant created(LocalDate day, String epoch) {
    if (epoch == null || epoch.isBlank()) {
      return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    String digits = epoch.strip();
    if (!digits.matches("\\d{1,12}") || Long.parseLong(digits) > LAST_EPOCH_SECOND) {
      throw BookletException.usage(
          "SOURCE_DATE_EPOCH \""
              + epoch
              + "\" is not a date a PDF can hold (use whole"
              + " seconds since 1970-01-01 UTC, at most "
              + LAST_EPOCH_SECOND
              + " for the end of 9999, or unset it)");
    }
    return Instant.ofEpochSecond(Long.parseLong(digits));
  }
}
