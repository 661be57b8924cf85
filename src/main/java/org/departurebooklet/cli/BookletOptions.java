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

  @Option(names = "--paper", paramLabel = "a5|a4", defaultValue = "a5",
      description = "Paper size: a5 (default) or a4.")
  String paper;

  @Option(names = "--lang", paramLabel = "CODE",
      description = "Language of the booklet (overrides the student's language; default en).")
  String lang;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD",
      description = "The day the booklet counts from; earlier deadlines are marked overdue (default: today).")
  LocalDate today;

  @Option(names = "--no-tagging", negatable = false,
      description = "Leave out the accessibility tags (faster; the PDF is then neither PDF/UA nor PDF/A).")
  boolean untagged;

  Booklets.Options toOptions() {
    Paper p = Paper.fromCode(paper).orElseThrow(() -> new BookletException(
        BookletException.Kind.USAGE, "--paper \"" + paper + "\" is not a paper size (use a5 or a4)"));
    LocalDate day = today != null ? today : LocalDate.now();
    return new Booklets.Options(p, Optional.ofNullable(lang), day, created(day), !untagged);
  }

  /** SOURCE_DATE_EPOCH if set (reproducible builds), else the start of the booklet's day. */
  static Instant created(LocalDate day) {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(epoch));
    }
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
