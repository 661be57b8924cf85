package org.departurebooklet.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an event may hold, and the UIDs that let a re-imported file update its events. */
class CalendarEventTest {

  private static final LocalDate DAY = LocalDate.of(2026, 4, 3);

  private static CalendarEvent remindedOn(LocalDate remindOn) {
    return new CalendarEvent(
        "x@departurebooklet",
        DAY,
        "Close the bank account",
        "",
        Optional.empty(),
        Optional.of(remindOn));
  }

  @Test
  void aReminderAfterTheDayIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> remindedOn(DAY.plusDays(1)));
    assertTrue(
        e.getMessage().contains("reminder on 2026-04-04 comes after the day 2026-04-03"),
        e.getMessage());
  }

  @Test
  void aReminderOnTheDayOrBeforeIsAccepted() {
    assertEquals(Optional.of(DAY), remindedOn(DAY).remindOn());
    assertEquals(Optional.of(DAY.minusDays(5)), remindedOn(DAY.minusDays(5)).remindOn());
  }

  @Test
  void theSamePartsGiveTheSameUidAndOtherPartsAnother() {
    String uid = CalendarEvent.stableUid("student 42", "bank");
    assertEquals(uid, CalendarEvent.stableUid("student 42", "bank"));
    assertTrue(uid.matches("[0-9a-f]{32}@departurebooklet"), uid);
    assertNotEquals(uid, CalendarEvent.stableUid("student 42", "phone"), "another step");
    assertNotEquals(uid, CalendarEvent.stableUid("student 43", "bank"), "another student");
    assertNotEquals(
        uid, CalendarEvent.stableUid("bank", "student 42"), "the parts in another order");
    assertNotEquals(
        CalendarEvent.stableUid("ab", "c"),
        CalendarEvent.stableUid("a", "bc"),
        "the parts split elsewhere");
  }

  @Test
  void aUidNeedsParts() {
    assertThrows(IllegalArgumentException.class, () -> CalendarEvent.stableUid());
  }

  @Test
  void controlCharactersABlankTitleAndAnAddressThatIsNotOnTheWebAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> event("Bank\nnow", "", Optional.empty()),
        "a line break in the title");
    assertThrows(
        IllegalArgumentException.class, () -> event("Bank", "bell\u0007", Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> event("Bank", "half \uD83C", Optional.empty()),
        "an unpaired surrogate");
    assertThrows(IllegalArgumentException.class, () -> event(" ", "", Optional.empty()));
    assertThrows(
        IllegalArgumentException.class, () -> event("Bank", "", Optional.of("/bank.html")));
    assertThrows(
        IllegalArgumentException.class,
        () -> event("Bank", "", Optional.of("javascript:alert(1)")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CalendarEvent("has space", DAY, "Bank", "", Optional.empty(), Optional.empty()));
    CalendarEvent fine =
        event("Bank\t🏦", "line one\nline two 🎓", Optional.of("https://www.example.jp/a?b=c"));
    assertEquals("line one\nline two 🎓", fine.description());
  }

  private static CalendarEvent event(String summary, String description, Optional<String> url) {
    return new CalendarEvent(
        "x@departurebooklet", DAY, summary, description, url, Optional.empty());
  }
}
