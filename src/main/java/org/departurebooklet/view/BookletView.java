package org.departurebooklet.view;

import java.util.List;

/**
 * Everything the booklet template prints, already formatted. Strings are plain text (the
 * template escapes them); a {@code null} string or an empty list leaves its section out.
 */
public record BookletView(
    String lang,
    String title,
    String author,
    String subject,
    Paper.PageView page,
    String fontStack,
    String lineHeight,
    String footerCss,
    String pageRefCss,
    Cover cover,
    Contents contents,
    Timeline timeline,
    Procedures procedures,
    Abroad abroad,
    Notes notes,
    String disclaimer) {

  /**
   * Text that may mix languages, as runs: a run with a {@code lang} is in that language (Japanese
   * inside an English or Vietnamese edition); a run without is in the edition's language.
   */
  public record Text(List<Run> runs) {
    public Text {
      runs = List.copyOf(runs);
    }

    /** Text in the edition's own language only. */
    public static Text plain(String text) {
      return new Text(List.of(new Run(text, null)));
    }

    /** The text without its language marks. */
    @Override
    public String toString() {
      StringBuilder out = new StringBuilder();
      runs.forEach(r -> out.append(r.text()));
      return out.toString();
    }
  }

  /** One run of {@link Text}; {@code lang} is null in the edition's own language. */
  public record Run(String text, String lang) {}

  /** A line of label and value. */
  public record Field(String label, String value) {}

  /** A Japanese term with its reading, to show at a counter. */
  public record Term(String label, String japanese, String reading) {}

  /** A QR-coded link with the text printed beside it and the alternative text for screen readers. */
  public record Link(String url, String display, String alt, String label) {}

  /**
   * The cover; {@code school} and {@code schoolContact} are null when no school was given,
   * {@code nameLang} when the name's script says nothing beyond the document's language.
   */
  public record Cover(
      String title, String subtitle, String preparedFor, String name, String nameLang, String nameFontStack,
      List<Field> facts, List<Field> dates, NextSteps next, String generated, String factsChecked, String school,
      String schoolLabel, String schoolContact) {}

  /**
   * The cover's panel of what to do now: overdue steps, what is due this week, windows open now;
   * after the departure, what can still be done from abroad; when nothing needs the student this
   * week, the next deadlines ({@code intro} says so). Null for a plan without dates.
   */
  public record NextSteps(String title, String intro, List<NextItem> items) {}

  /** One step of the panel; {@code mark} is null for a step that is merely next. */
  public record NextItem(int number, String mark, String markKind, Text task, String due, String procedureId) {}

  /** A mark for where a step stands: its words and its kind (overdue, today, week, open, gone). */
  public record Mark(String label, String kind) {}

  /**
   * The contents page and the PDF's bookmarks: {@code entries} what the page lists, {@code
   * bookmarks} every section in page order (the contents page among them).
   */
  public record Contents(String id, String title, List<Entry> entries, List<Entry> bookmarks) {
    /**
     * One line of the contents: the section's anchor id and title, and its steps (the procedures
     * of "Step by step"), which get bookmarks of their own under the section's.
     */
    public record Entry(String id, String title, List<Entry> steps) {
      public Entry(String id, String title) {
        this(id, title, List.of());
      }
    }
  }

  public record Timeline(
      String id, String title, String intro, String colDue, String colTask, String colPage, String colNotes,
      String overdueHint, String holidayNote, List<Line> lines) {

    /** A line of the checklist: a step, or the marker of where today falls ({@code today} set). */
    public record Line(Row row, String today) {}

    /**
     * One step. {@code from} is the window's first day, or null; {@code mark} where it stands, or
     * null; {@code notes} the day to aim for and why its day moved.
     */
    public record Row(
        int number, String due, String from, Text task, String procedureId, Mark mark, List<String> notes) {}
  }

  public record Procedures(
      String id, String title, String intro, String labelWhen, String labelWhat,
      String labelWhere, List<Procedure> items) {}

  /**
   * One procedure; {@code bringLabel} is null when there is nothing to bring, {@code mark} when it
   * needs none; {@code dateNotes} say why its day moved, the day to aim for, and any conflict.
   */
  public record Procedure(
      String id, int number, Text title, String when, Mark mark, List<String> dateNotes, Term term,
      Text summary, List<Text> what, Text where, String bringLabel, List<Text> bring, Text note,
      Link source, String sourceNote) {}

  public record Abroad(
      String id, Comparison comparison, Preparations preparations,
      Services services) {}

  public record Comparison(
      String id, String title, String intro, String colItem, String colAdvantage,
      String colDisadvantage, List<ComparisonRow> rows) {}

  public record ComparisonRow(Text item, Text advantage, Text disadvantage) {}

  public record Preparations(String id, String title, String intro, List<Preparation> items) {}

  public record Preparation(int number, Text title, Text text) {}

  /** Job services in display order: those that fit the student first. */
  public record Services(
      String id, String title, String intro, String labelRegions, List<Service> items) {}

  /** One service; {@code fit} is the badge to print, or null. */
  public record Service(
      String name, Text type, String fit, Text regions, Text strengths, Link link) {}

  public record Notes(String id, String title, String intro, List<Integer> lines) {}
}
