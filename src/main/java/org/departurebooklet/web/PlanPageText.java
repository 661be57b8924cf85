package org.departurebooklet.web;

/**
 * The plan page's own words in one language: the {@code plan_page:} part of
 * templates/web/strings-&lt;code&gt;.yaml. Headings, column names and buttons only; every date,
 * mark and sentence about a step's days is the booklet's, in its edition's words (see {@link
 * org.departurebooklet.view.PlanWords}). Immutable.
 *
 * @param heading the page's heading; {name} is the student's name
 * @param nextLater the lead-in to the next deadlines when nothing needs the student this week
 * @param nextNone said when no step needs the student now and none is ahead
 * @param overdueHint shown above the timeline when a step is overdue
 */
public record PlanPageText(
    String heading,
    String intro,
    String privacy,
    String nextTitle,
    String nextAbroadTitle,
    String nextLater,
    String nextNone,
    String timelineTitle,
    String timelineCaption,
    String colNumber,
    String colDue,
    String colTask,
    String colStatus,
    String colWindow,
    String colNotes,
    String overdueHint,
    String downloadsTitle,
    String bookletButton,
    String bookletHint,
    String calendarButton,
    String calendarHint,
    String startAgain) {

  /** The heading with the student's name in it; a name holding braces stays as it is. */
  public String heading(String name) {
    int at = heading.indexOf("{name}");
    return at < 0
        ? heading
        : heading.substring(0, at) + name + heading.substring(at + "{name}".length());
  }
}
