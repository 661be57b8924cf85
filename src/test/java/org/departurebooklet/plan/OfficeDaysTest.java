package org.departurebooklet.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.departurebooklet.content.Office;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeDaysTest {

  private final OfficeDays days = new OfficeDays(Holidays.packaged());

  @ParameterizedTest(name = "{0} due {1} -> {2} ({3})")
  @CsvSource({
    // office,  due day,                  done by,    why the due day is closed
    "CITY_HALL,   2027-04-04, 2027-04-02, WEEKEND", // Sunday -> Friday
    "CITY_HALL,   2027-04-03, 2027-04-02, WEEKEND", // Saturday -> Friday
    "CITY_HALL,   2027-04-02, 2027-04-02, ", // an open Friday stays
    "CITY_HALL,   2027-03-22, 2027-03-19, HOLIDAY", // substitute holiday Monday
    "CITY_HALL,   2027-05-05, 2027-04-30, HOLIDAY", // Golden Week
    "IMMIGRATION, 2027-05-05, 2027-04-30, HOLIDAY",
    "POST_OFFICE, 2027-05-05, 2027-04-30, HOLIDAY",
    "BANK,        2027-05-05, 2027-04-30, HOLIDAY",
    "CITY_HALL,   2026-05-06, 2026-05-01, HOLIDAY", // substitute for Sunday 3 May 2026
    "CITY_HALL,   2026-09-22, 2026-09-18, HOLIDAY", // citizens' holiday
    "CITY_HALL,   2026-09-23, 2026-09-18, HOLIDAY", // autumnal equinox
    "CITY_HALL,   2027-01-03, 2026-12-28, NEW_YEAR", // New Year closure from 29 Dec
    "IMMIGRATION, 2027-01-03, 2026-12-28, NEW_YEAR",
    "BANK,        2027-01-03, 2026-12-30, NEW_YEAR", // banks close from 31 Dec
    "POST_OFFICE, 2027-01-03, 2026-12-31, WEEKEND", // no New Year closure: Sun, Sat, holiday
    "CITY_HALL,   2027-01-02, 2026-12-28, NEW_YEAR", // Saturday 2 January
    "BANK,        2027-01-02, 2026-12-30, NEW_YEAR",
    "POST_OFFICE, 2027-01-02, 2026-12-31, WEEKEND",
    "CITY_HALL,   2026-12-30, 2026-12-28, NEW_YEAR",
    "BANK,        2026-12-30, 2026-12-30, ", // banks open 29-30 Dec
    "POST_OFFICE, 2026-12-31, 2026-12-31, ",
    "BANK,        2026-12-31, 2026-12-30, NEW_YEAR",
    "NONE,        2027-04-04, 2027-04-04, ", // online: never moves
    "NONE,        2027-01-01, 2027-01-01, ",
    "NONE,        2027-03-22, 2027-03-22, ",
  })
  void aStepDueOnAClosedDayFallsDueOnTheLastOpenDayBefore(
      Office office, LocalDate due, LocalDate doneBy, Closure.Reason why) {
    OpenDay day = days.lastOpenOnOrBefore(office, due);
    assertEquals(doneBy, day.day());
    assertEquals(Optional.ofNullable(why), day.closure().map(Closure::reason));
    assertEquals(why != null, day.moved());
    assertTrue(day.holidaysKnown());
    assertEquals(why == null, days.isOpen(office, due));
  }

  @ParameterizedTest(name = "{0} from {1} -> {2}")
  @CsvSource({
    "CITY_HALL,   2026-12-29, 2027-01-04",
    "BANK,        2026-12-31, 2027-01-04",
    "BANK,        2027-05-01, 2027-05-06",
    "CITY_HALL,   2027-03-20, 2027-03-23",
    "CITY_HALL,   2027-03-23, 2027-03-23",
    "NONE,        2027-05-03, 2027-05-03",
  })
  void theFirstOpenDayOnOrAfterSkipsClosures(Office office, LocalDate from, LocalDate open) {
    assertEquals(open, days.firstOpenOnOrAfter(office, from).day());
  }

  @Test
  void aHolidayClosureCarriesTheHolidaysName() {
    assertEquals(
        Optional.of(Closure.holiday("休日")),
        days.closure(Office.CITY_HALL, LocalDate.of(2027, 3, 22)));
    // a holiday on a Saturday is named rather than called a weekend
    assertEquals(
        Optional.of(Closure.holiday("昭和の日")), days.closure(Office.BANK, LocalDate.of(2028, 4, 29)));
    // the New Year closure comes before the holiday it contains
    assertEquals(
        Optional.of(Closure.newYear()), days.closure(Office.CITY_HALL, LocalDate.of(2027, 1, 1)));
    assertEquals(
        Optional.of(Closure.holiday("元日")),
        days.closure(Office.POST_OFFICE, LocalDate.of(2027, 1, 1)));
    assertEquals(Optional.empty(), days.closure(Office.NONE, LocalDate.of(2027, 1, 1)));
  }

  @Test
  void aWeekdayBeyondTheListIsReportedAsUncheckedNotAsOpen() {
    LocalDate wednesday = LocalDate.of(2029, 4, 4);
    assertFalse(days.covers(wednesday));
    assertFalse(days.isOpen(Office.CITY_HALL, wednesday));
    assertEquals(Optional.empty(), days.closure(Office.CITY_HALL, wednesday));

    OpenDay day = days.lastOpenOnOrBefore(Office.CITY_HALL, wednesday);
    assertEquals(wednesday, day.day());
    assertFalse(day.holidaysKnown());
  }

  @Test
  void beyondTheListWeekendsAndTheNewYearClosureStillApply() {
    OpenDay sunday = days.lastOpenOnOrBefore(Office.CITY_HALL, LocalDate.of(2029, 4, 8));
    assertEquals(LocalDate.of(2029, 4, 6), sunday.day());
    assertEquals(Optional.of(Closure.weekend()), sunday.closure());
    assertFalse(sunday.holidaysKnown());

    // the search ends on 28 Dec 2028, inside the list: the answer is certain again
    OpenDay newYear = days.lastOpenOnOrBefore(Office.CITY_HALL, LocalDate.of(2029, 1, 3));
    assertEquals(LocalDate.of(2028, 12, 28), newYear.day());
    assertTrue(newYear.holidaysKnown());

    OpenDay before = days.lastOpenOnOrBefore(Office.BANK, LocalDate.of(2024, 12, 31));
    assertEquals(LocalDate.of(2024, 12, 30), before.day());
    assertFalse(before.holidaysKnown());
  }

  @Test
  void aStepDoneOnlineIsCertainEvenBeyondTheList() {
    OpenDay day = days.lastOpenOnOrBefore(Office.NONE, LocalDate.of(2030, 1, 1));
    assertEquals(LocalDate.of(2030, 1, 1), day.day());
    assertTrue(day.holidaysKnown());
    assertTrue(days.isOpen(Office.NONE, LocalDate.of(2030, 1, 1)));
  }

  @Test
  void everyOfficeIsFoundByItsContentCode() {
    for (Office office : Office.values()) {
      assertEquals(Optional.of(office), Office.fromCode(office.code()));
    }
    assertEquals("city-hall, immigration, bank, post-office, none", Office.accepted());
    assertEquals(Optional.empty(), Office.fromCode("CITY_HALL"));
  }
}
