package org.departurebooklet.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Trigger;
import org.junit.jupiter.api.Test;

/** The calendar file, read back by ical4j, a parser independent of the library that writes it. */
class IcsFileTest {

  private static final Instant STAMP = Instant.parse("2026-03-01T10:15:30Z");
  private static final LocalDate DEPARTURE = LocalDate.of(2026, 4, 3);

  private static final String BANK_DESCRIPTION =
      "銀行口座の解約 (ginkō kōza no kaiyaku)\n"
          + "最後の公共料金の引き落としが終わってから、口座を解約してください。通帳とキャッシュカードを持って行きます。\n"
          + "Reminder: Wed 1 Apr, two days before.";

  private static final CalendarEvent BANK =
      new CalendarEvent(
          CalendarEvent.stableUid("student 42", "bank"),
          DEPARTURE,
          "Close your bank account",
          BANK_DESCRIPTION,
          Optional.of("https://www.zenginkyo.or.jp/en/?from=booklet&lang=en"),
          Optional.of(DEPARTURE.minusDays(2)));

  private static final CalendarEvent MOVING_OUT =
      new CalendarEvent(
          CalendarEvent.stableUid("student 42", "moving-out"),
          LocalDate.of(2026, 4, 2),
          "転出届 — Moving-out notification",
          "City hall, window 3",
          Optional.empty(),
          Optional.empty());

  private static byte[] sample() {
    return IcsFile.write("Leaving Japan: Lê Thị", "en", STAMP, List.of(BANK, MOVING_OUT));
  }

  private static Calendar parse(byte[] ics) throws IOException, ParserException {
    return new CalendarBuilder().build(new ByteArrayInputStream(ics));
  }

  private static String value(Component component, String name) {
    return component
        .getProperty(name)
        .map(Property::getValue)
        .orElseThrow(() -> new AssertionError("no " + name));
  }

  private static String value(Calendar calendar, String name) {
    return calendar
        .getProperty(name)
        .map(Property::getValue)
        .orElseThrow(() -> new AssertionError("no " + name));
  }

  @Test
  void theCalendarIsPublishedUnderItsName() throws Exception {
    Calendar calendar = parse(sample());
    assertEquals("2.0", value(calendar, Property.VERSION));
    assertEquals("-//Departure Booklet//Deadlines//EN", value(calendar, Property.PRODID));
    assertEquals("PUBLISH", value(calendar, Property.METHOD));
    assertEquals("Leaving Japan: Lê Thị", value(calendar, "NAME"));
    assertEquals("Leaving Japan: Lê Thị", value(calendar, "X-WR-CALNAME"));
  }

  @Test
  void theFileIsValidRfc5545() throws Exception {
    Calendar calendar = parse(sample());
    // ical4j also applies iTIP (RFC 5546) to METHOD:PUBLISH, which wants an ORGANIZER on every
    // event, as in a meeting invitation; a published list of deadlines has none (Google and Apple
    // exports have none either), so the method is left out of this check
    calendar.removeAll(Property.METHOD);
    assertEquals("[]", calendar.validate().getEntries().toString());
  }

  @Test
  void eachEventKeepsItsDayTextLinkAndUid() throws Exception {
    List<VEvent> events = parse(sample()).getComponents(Component.VEVENT);
    assertEquals(2, events.size());

    VEvent bank = events.get(0);
    assertEquals(DEPARTURE, bank.getStartDate().orElseThrow().getDate());
    assertEquals(
        DEPARTURE.plusDays(1),
        bank.getEndDate().orElseThrow().getDate(),
        "DTEND is the next day, exclusive");
    assertEquals(
        "DATE",
        bank.getStartDate().orElseThrow().getParameter(Parameter.VALUE).orElseThrow().getValue());
    assertEquals("Close your bank account", value(bank, Property.SUMMARY));
    assertEquals(
        BANK_DESCRIPTION,
        value(bank, Property.DESCRIPTION),
        "Japanese text and line breaks intact");
    assertEquals("https://www.zenginkyo.or.jp/en/?from=booklet&lang=en", value(bank, Property.URL));
    assertEquals(BANK.uid(), value(bank, Property.UID));
    assertEquals("20260301T101530Z", value(bank, Property.DTSTAMP));
    assertEquals("TRANSPARENT", value(bank, Property.TRANSP));
    assertEquals(
        "en",
        bank.getProperty(Property.SUMMARY)
            .orElseThrow()
            .getParameter(Parameter.LANGUAGE)
            .orElseThrow()
            .getValue());

    VEvent movingOut = events.get(1);
    assertEquals(LocalDate.of(2026, 4, 2), movingOut.getStartDate().orElseThrow().getDate());
    assertEquals("転出届 — Moving-out notification", value(movingOut, Property.SUMMARY));
    assertEquals(MOVING_OUT.uid(), value(movingOut, Property.UID));
    assertTrue(movingOut.getProperty(Property.URL).isEmpty(), "no URL when none is given");
    assertTrue(movingOut.getAlarms().isEmpty(), "no alarm without a reminder day");
  }

  @Test
  void theReminderShowsTheSummaryAtNineOnItsDay() throws Exception {
    VAlarm alarm =
        parse(sample()).<VEvent>getComponents(Component.VEVENT).get(0).getAlarms().get(0);
    assertEquals("DISPLAY", value(alarm, Property.ACTION));
    assertEquals("Close your bank account", value(alarm, Property.DESCRIPTION));
    Trigger trigger = alarm.getTrigger().orElseThrow();
    assertEquals("-P1DT15H", trigger.getValue(), "two days before 00:00 on the day, plus 9 hours");
    assertEquals(
        LocalDateTime.of(2026, 4, 1, 9, 0), DEPARTURE.atStartOfDay().plus(trigger.getDuration()));
  }

  @Test
  void aReminderOnAnyDayBeforeOrOnTheDeadlineFiresAtNine() throws Exception {
    for (int daysBefore : new int[] {0, 1, 2, 7, 30}) {
      LocalDate remindOn = DEPARTURE.minusDays(daysBefore);
      CalendarEvent event =
          new CalendarEvent(
              BANK.uid(), DEPARTURE, "Bank", "", Optional.empty(), Optional.of(remindOn));
      VAlarm alarm =
          parse(IcsFile.write("Deadlines", "en", STAMP, List.of(event)))
              .<VEvent>getComponents(Component.VEVENT)
              .get(0)
              .getAlarms()
              .get(0);
      Trigger trigger = alarm.getTrigger().orElseThrow();
      assertEquals(
          remindOn.atTime(9, 0),
          DEPARTURE.atStartOfDay().plus(trigger.getDuration()),
          trigger.getValue());
    }
    assertEquals("PT9H", IcsFile.reminderTrigger(DEPARTURE, DEPARTURE).toString());
    assertEquals("-PT15H", IcsFile.reminderTrigger(DEPARTURE, DEPARTURE.minusDays(1)).toString());
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    assertArrayEquals(sample(), sample());
  }

  @Test
  void theDaysDoNotMoveWithTheDefaultTimeZone() {
    byte[] expected = sample();
    TimeZone saved = TimeZone.getDefault();
    try {
      for (String zone :
          new String[] {
            "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Sao_Paulo", "Asia/Tokyo"
          }) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        assertArrayEquals(expected, sample(), zone);
      }
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  @Test
  void everyLineIsAtMostSeventyFiveOctetsEndsInCrlfAndIsUtf8OnItsOwn() {
    byte[] ics = sample();
    List<byte[]> lines = physicalLines(ics);
    int continuations = 0;
    for (byte[] line : lines) {
      String text = decodeStrictly(line);
      assertTrue(line.length <= 75, line.length + " octets: " + text);
      continuations += text.startsWith(" ") ? 1 : 0;
    }
    assertTrue(continuations >= 3, "the Japanese description is long enough to be folded");
  }

  @Test
  void commasSemicolonsBackslashesAndLineBreaksComeBackUnchanged() throws Exception {
    String summary = "Pay, then close; C:\\bank\\";
    String description =
        "one, two; three\\four\nsecond line\n\nafter an empty line, \\n stays text";
    CalendarEvent event =
        new CalendarEvent(
            BANK.uid(), DEPARTURE, summary, description, Optional.empty(), Optional.empty());
    Calendar calendar = parse(IcsFile.write("Deadlines \\new, a;b", "ja", STAMP, List.of(event)));
    VEvent parsed = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
    assertEquals(summary, value(parsed, Property.SUMMARY));
    assertEquals(description, value(parsed, Property.DESCRIPTION));
    assertEquals("Deadlines \\new, a;b", value(calendar, "NAME"));
    assertEquals("Deadlines \\new, a;b", value(calendar, "X-WR-CALNAME"));
  }

  @Test
  void twoEventsWithOneUidAndAMalformedLanguageAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> IcsFile.write("Deadlines", "en", STAMP, List.of(BANK, BANK)));
    assertThrows(
        IllegalArgumentException.class,
        () -> IcsFile.write("Deadlines", "en;X=1", STAMP, List.of(BANK)));
    assertThrows(
        IllegalArgumentException.class,
        () -> IcsFile.write("Two\nlines", "en", STAMP, List.of(BANK)));
  }

  /** The lines between CRLFs; fails on a CR or LF anywhere else, or a last line without CRLF. */
  private static List<byte[]> physicalLines(byte[] ics) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < ics.length; i++) {
      if (ics[i] == '\r' && i + 1 < ics.length && ics[i + 1] == '\n') {
        lines.add(Arrays.copyOfRange(ics, start, i));
        start = i + 2;
        i++;
      } else if (ics[i] == '\r' || ics[i] == '\n') {
        fail("a bare CR or LF at octet " + i);
      }
    }
    assertEquals(ics.length, start, "the file ends in CRLF");
    return lines;
  }

  private static String decodeStrictly(byte[] line) {
    try {
      return UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(line))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("a line is not UTF-8 on its own: " + new String(line, UTF_8), e);
    }
  }
}
