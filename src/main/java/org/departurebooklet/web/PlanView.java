package org.departurebooklet.web;

import java.util.List;
import org.departurebooklet.view.BookletView;

/**
 * What plan.mustache shows, every string final and HTML-escaped by the template. Dates, marks and
 * notes are the booklet's words in the booklet's language; {@code bookletLang} is set when that
 * differs from the page's, so the elements holding them say so. Immutable; built by {@link
 * PlanPage}.
 *
 * @param lang the page language (html lang)
 * @param bookletLang the booklet's language when it differs from the page's, else null
 * @param todayLine the booklet's "Today, ..." line
 * @param facts the student's own dates, labelled in the page's language
 * @param overdueHint shown above the timeline when a step is overdue, else null
 * @param holidayNote the booklet's note about the years of the holiday list, or null
 * @param answers the form's answers, sent again by the two download forms
 */
public record PlanView(
    String lang,
    String bookletLang,
    String title,
    PlanPageText text,
    String school,
    String todayLine,
    List<Fact> facts,
    Next next,
    String timelineId,
    List<Line> lines,
    String overdueHint,
    String holidayNote,
    List<Answer> answers,
    String bookletAction,
    String calendarAction,
    String formHref) {

  public PlanView {
    facts = List.copyOf(facts);
    lines = List.copyOf(lines);
    answers = List.copyOf(answers);
  }

  /** One of the student's dates: a label in the page's language, the day in the booklet's. */
  public record Fact(String label, String value) {}

  /**
   * What to do now.
   *
   * @param intro the lead-in when the items are the next deadlines rather than this week's, or null
   * @param none said instead of the list when it is empty, or null
   */
  public record Next(
      String title, String intro, List<NextItem> items, boolean hasItems, String none) {
    public Next {
      items = List.copyOf(items);
    }
  }

  /** A step on the next-steps list; it links to its row of the timeline. */
  public record NextItem(
      int number, String anchor, String due, String dueIso, Mark mark, BookletView.Text task) {}

  /** A line of the timeline: a step, or the line that shows where today falls. */
  public record Line(Row row, String today) {}

  /**
   * A step of the timeline.
   *
   * @param dueIso the due day as YYYY-MM-DD, for {@code <time datetime>}
   * @param window its window when it has one ("26 Mar – Fri 2 Apr 2027"), else empty
   * @param notes why its day moved, the online and counter days, the day to aim for, conflicts
   */
  public record Row(
      int number,
      String anchor,
      String due,
      String dueIso,
      String window,
      Mark mark,
      BookletView.Text task,
      List<Note> notes,
      boolean hasNotes) {
    public Row {
      notes = List.copyOf(notes);
    }
  }

  /** A step's mark in words, and the kind that styles it: overdue, today, week, open, gone. */
  public record Mark(String label, String kind) {}

  /** A note about a step's days; a conflict is styled as a warning (its words say so too). */
  public record Note(String text, boolean conflict) {}

  /** One answer of the form, as a hidden field. */
  public record Answer(String name, String value) {}
}
