package org.departurebooklet.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import com.github.mangstadt.vinnie.io.VObjectPropertyValues;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a calendar file (RFC 5545, {@code .ics}) of all-day events, for import into Google
 * Calendar, Apple Calendar or Outlook.
 *
 * <p>The file holds {@code VERSION:2.0}, a {@code PRODID}, {@code METHOD:PUBLISH} and the
 * calendar's name twice ({@code NAME} from RFC 7986, {@code X-WR-CALNAME} for the clients that read
 * only that), then one {@code VEVENT} per event in the order given: {@code DTSTART;VALUE=DATE} on
 * the event's day, an exclusive {@code DTEND;VALUE=DATE} the day after, {@code DTSTAMP}, {@code
 * UID}, {@code SUMMARY} and (unless empty) {@code DESCRIPTION} in the given language, {@code URL}
 * when there is one, and {@code TRANSP:TRANSPARENT} (a deadline does not make the student busy). An
 * event with a reminder day gets a {@code VALARM} that shows its summary at 09:00 local time that
 * day.
 *
 * <p>Google Calendar drops {@code VALARM} when it imports a file: callers put the reminder in the
 * description as well (see {@link CalendarEvent}).
 *
 * <p>Output is reproducible byte for byte: {@code DTSTAMP} is the {@code stamp} argument, nothing
 * else depends on the clock or the JVM's time zone, and properties come in a fixed order. Text is
 * escaped (backslash, comma, semicolon, line break), lines end in CRLF and are folded at 75 octets
 * of UTF-8 without splitting a character.
 *
 * <p>Stateless and thread-safe.
 */
public final class IcsFile {

  /** The media type to serve the file with. */
  public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

  static final String PRODUCT_ID = "-//Departure Booklet//Deadlines//EN";

  /** When a reminder shows on its day, in the student's local time. */
  static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

  private static final long MINUTES_PER_DAY = 24 * 60;

  /** A BCP 47 language tag, such as {@code en}, {@code ja} or {@code zh-Hant}. */
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  private IcsFile() {}

  /**
   * The whole calendar file.
   *
   * @param calendarName shown by calendar apps as the name of the imported calendar
   * @param language BCP 47 tag of the summaries and descriptions, written as their {@code LANGUAGE}
   * @param stamp when the file was made, written as every event's {@code DTSTAMP}
   * @param events the events, each with its own UID
   * @return the file as UTF-8 bytes
   * @throws IllegalArgumentException for a blank name, a malformed language tag or two events with
   *     one UID
   */
  public static byte[] write(
      String calendarName, String language, Instant stamp, List<CalendarEvent> events) {
    Objects.requireNonNull(stamp, "stamp");
    requireArguments(calendarName, language, events);
    ICalendar calendar = new ICalendar();
    calendar.setProductId(PRODUCT_ID);
    calendar.setMethod(Method.publish());
    calendar.setName(calendarName).setLanguage(language);
    // biweekly writes the value of an unknown (X-) property as it is: escape it here
    calendar.setExperimentalProperty("X-WR-CALNAME", VObjectPropertyValues.escape(calendarName));
    for (CalendarEvent event : events) {
      calendar.addEvent(vevent(event, language, stamp));
    }
    // unfolded by biweekly, then folded by octets: biweekly folds by chars (see LineFolding)
    return LineFolding.fold(Biweekly.write(calendar).foldLines(false).go());
  }

  /**
   * The alarm's offset from the start of the all-day event (midnight of its day) to 09:00 on the
   * reminder day: {@code PT9H} on the day itself, {@code -PT15H} the day before, {@code -P1DT15H}
   * two days before.
   */
  static Duration reminderTrigger(LocalDate day, LocalDate remindOn) {
    long minutes = ChronoUnit.MINUTES.between(day.atStartOfDay(), remindOn.atTime(REMINDER_TIME));
    long magnitude = Math.abs(minutes);
    return Duration.builder()
        .prior(minutes < 0)
        .days(nullIfZero(magnitude / MINUTES_PER_DAY))
        .hours(nullIfZero(magnitude % MINUTES_PER_DAY / 60))
        .minutes(nullIfZero(magnitude % 60))
        .build();
  }

  private static Integer nullIfZero(long value) {
    return value == 0 ? null : Math.toIntExact(value);
  }

  private static VEvent vevent(CalendarEvent event, String language, Instant stamp) {
    VEvent vevent = new VEvent();
    vevent.setUid(event.uid());
    vevent.setDateTimeStamp(Date.from(stamp));
    vevent.setDateStart(startOfDay(event.day()), false);
    vevent.setDateEnd(startOfDay(event.day().plusDays(1)), false);
    vevent.setSummary(event.summary()).setLanguage(language);
    if (!event.description().isEmpty()) {
      vevent.setDescription(event.description()).setLanguage(language);
    }
    event.url().ifPresent(vevent::setUrl);
    vevent.setTransparency(true);
    event
        .remindOn()
        .ifPresent(
            remindOn -> {
              Trigger trigger = new Trigger(reminderTrigger(event.day(), remindOn), null);
              VAlarm alarm = VAlarm.display(trigger, event.summary());
              vevent.addAlarm(alarm);
            });
    return vevent;
  }

  /**
   * biweekly formats a date without time in the JVM's default time zone, so the day is turned into
   * a {@link Date} in that same zone; the day written is the day given, whatever the zone.
   */
  private static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  private static void requireArguments(
      String calendarName, String language, List<CalendarEvent> events) {
    if (calendarName == null
        || calendarName.isBlank()
        || calendarName.chars().anyMatch(c -> c < ' ' || c == 0x7F)) {
      throw new IllegalArgumentException(
          "calendar name \"" + calendarName + "\" must be one line of text, not blank");
    }
    if (language == null || !LANGUAGE_TAG.matcher(language).matches()) {
      throw new IllegalArgumentException(
          "calendar language \""
              + language
              + "\" is not a language tag (use one such as en, ja or zh-Hant)");
    }
    Set<String> uids = new HashSet<>();
    for (CalendarEvent event : Objects.requireNonNull(events, "events")) {
      if (!uids.add(event.uid())) {
        throw new IllegalArgumentException(
            "two calendar events have the uid "
                + event.uid()
                + " (\""
                + event.summary()
                + "\"); each event needs its own");
      }
    }
  }
}
