package org.departurebooklet.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.departurebooklet.content.Content;
import org.departurebooklet.content.LanguageText.PlanStrings;
import org.departurebooklet.content.LanguageText.Strings;
import org.departurebooklet.content.Office;
import org.departurebooklet.content.Way;
import org.departurebooklet.plan.Closure;
import org.departurebooklet.plan.Conflict;
import org.departurebooklet.plan.PlanStep;
import org.departurebooklet.plan.Status;
import org.departurebooklet.plan.StepDates;

/**
 * A plan's days and states in one edition's words: the same sentences on the booklet's pages, the
 * web page and in the calendar file. It only formats what the plan computed; it never computes a
 * date. Immutable and thread-safe.
 */
public final class PlanWords {

  private final Strings strings;
  private final PlanStrings words;
  private final DateTimeFormatter date;
  private final DateTimeFormatter shortDate;

  public PlanWords(Content content) {
    this.strings = content.strings();
    this.words = strings.plan();
    this.date = DateTimeFormatter.ofPattern(strings.dateFormat(), content.locale());
    this.shortDate = DateTimeFormatter.ofPattern(strings.shortDateFormat(), content.locale());
  }

  /** A day in full: {@code Fri 2 Apr 2027}. */
  public String date(LocalDate day) {
    return date.format(day);
  }

  /** A day without its year: {@code 2 Apr}. */
  public String shortDate(LocalDate day) {
    return shortDate.format(day);
  }

  /** The step's window or day, in full: {@code 26 Mar – Fri 2 Apr 2027}, or the due day alone. */
  public String when(StepDates d) {
    return d.opens()
        .filter(o -> o.isBefore(d.due()))
        .map(
            o -> strings.timelineFromTo().replace("{from}", date(o)).replace("{to}", date(d.due())))
        .orElse(date(d.due()));
  }

  /** The first day of the window, short, for the checklist: {@code 26 Mar –}. */
  public Optional<String> opens(StepDates d) {
    return d.opens()
        .filter(o -> o.isBefore(d.due()))
        .map(o -> strings.timelineFrom().replace("{from}", shortDate(o)));
  }

  /**
   * Why the due day is earlier than the rule's: {@code Sun 4 Apr → by Fri 2 Apr: city hall closed
   * at weekends}.
   */
  public Optional<String> moved(PlanStep step) {
    StepDates d = step.dates().orElseThrow();
    return d.closure()
        .map(
            c ->
                words
                    .officeClosed()
                    .replace("{day}", shortDate(d.lastDay()))
                    .replace("{due}", shortDate(d.due()))
                    .replace("{office}", office(step.procedure().office()))
                    .replace("{reason}", reason(c)));
  }

  /** For a step that can be done online: the online day and the counter's earlier day. */
  public Optional<String> counter(PlanStep step) {
    StepDates d = step.dates().orElseThrow();
    return d.counterDue()
        .map(
            c ->
                words
                    .onlineCounter()
                    .replace("{due}", shortDate(d.due()))
                    .replace("{counter}", shortDate(c)));
  }

  /** The day to aim for, when it is not the due day and not yet past. */
  public Optional<String> best(PlanStep step, Optional<LocalDate> today) {
    StepDates d = step.dates().orElseThrow();
    boolean ahead = today.map(t -> !d.recommended().isBefore(t)).orElse(true);
    return d.recommended().equals(d.due()) || !ahead
        ? Optional.empty()
        : Optional.of(words.best().replace("{date}", shortDate(d.recommended())));
  }

  /** The mark for where a step stands, or empty when it needs none (later, undated). */
  public Optional<String> status(Status status) {
    return Optional.ofNullable(
        switch (status) {
          case OVERDUE -> strings.timelineOverdue();
          case DUE_TODAY -> words.statusDueToday();
          case THIS_WEEK -> words.statusThisWeek();
          case OPEN_NOW -> words.statusOpenNow();
          case NO_LONGER_POSSIBLE -> words.statusTooLate();
          case LATER, UNDATED -> null;
        });
  }

  /** Each conflict as a sentence. */
  public List<String> conflicts(PlanStep step) {
    List<String> out = new ArrayList<>();
    boolean online = step.procedure().ways().contains(Way.ONLINE);
    for (Conflict c : step.conflicts()) {
      String sentence =
          switch (c.kind()) {
            case AFTER_DEPARTURE -> online ? words.afterDepartureOnline() : words.afterDeparture();
            case NOTICE_TOO_SHORT -> words.noticeTooShort();
            case DAY_PASSED -> words.dayPassed();
            case LEFT_JAPAN -> words.leftJapan();
          };
      out.add(sentence.replace("{date}", date(c.day())));
    }
    return out;
  }

  /** The note that days beyond the holiday list were checked for weekends and the New Year only. */
  public String holidaysUntil(int year) {
    return words.holidaysUntil().replace("{year}", Integer.toString(year));
  }

  /** The label above a Japanese term: one to show at a counter, or the plain name. */
  public String termLabel(Content.Procedure procedure) {
    return procedure.atCounter() ? strings.labelTerm() : words.termPlain();
  }

  private String office(Office office) {
    return switch (office) {
      case CITY_HALL -> words.officeCityHall();
      case IMMIGRATION -> words.officeImmigration();
      case BANK -> words.officeBank();
      case POST_OFFICE -> words.officePostOffice();
      case NONE -> "";
    };
  }

  private String reason(Closure closure) {
    return switch (closure.reason()) {
      case WEEKEND -> words.closedWeekend();
      case HOLIDAY -> words.closedHoliday();
      case NEW_YEAR -> words.closedNewYear();
    };
  }
}
