package org.departurebooklet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.departurebooklet.BookletException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatesOnTheCommandLineTest {

  @TempDir Path dir;

  @Test
  void aTodayOutsideTheYearsAStudentsDatesMayHaveIsAUsageError() {
    for (String today :
        new String[] {"+999999999-12-31", "1999-12-31", "2101-01-01", "-0001-01-01"}) {
      StringWriter err = new StringWriter();
      Path pdf = dir.resolve("x.pdf");
      int code =
          Main.run(
              new String[] {"generate", "--sample", "--today", today, "-o", pdf.toString()},
              new PrintWriter(new StringWriter()),
              new PrintWriter(err));
      assertEquals(ExitCodes.USAGE, code, today + ": " + err);
      assertTrue(
          err.toString().contains("--today")
              && (err.toString().contains("between 2000 and 2100")
                  || err.toString().contains("is not a date")),
          today + ": " + err);
      assertFalse(
          err.toString().contains("internal error") || err.toString().contains("\tat "),
          err.toString());
      assertFalse(Files.exists(pdf));
    }
  }

  @Test
  void sourceDateEpochIsUsedUpToTheLastSecondAPdfDateHolds() {
    LocalDate day = LocalDate.of(2026, 11, 25);
    assertEquals(Instant.parse("2026-11-25T00:00:00Z"), BookletOptions.created(day, null));
    assertEquals(Instant.parse("2026-11-25T00:00:00Z"), BookletOptions.created(day, ""));
    assertEquals(Instant.ofEpochSecond(1_700_000_000L), BookletOptions.created(day, "1700000000"));
    assertEquals(
        Instant.parse("9999-12-31T23:59:59Z"), BookletOptions.created(day, "253402300799"));
  }

  @Test
  void aSourceDateEpochInTheYear10000OrNotANumberIsRefused() {
    LocalDate day = LocalDate.of(2026, 11, 25);
    for (String epoch : new String[] {"253402300800", "999999999999", "1e9", "-1", "soon"}) {
      BookletException e =
          assertThrows(BookletException.class, () -> BookletOptions.created(day, epoch), epoch);
      assertEquals(BookletException.Kind.USAGE, e.kind());
      assertTrue(
          e.getMessage()
              .startsWith("SOURCE_DATE_EPOCH \"" + epoch + "\" is not a date a PDF can hold"),
          e.getMessage());
    }
  }
}
