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
    Cover cover,
    Contents contents,
    Timeline timeline,
    Procedures procedures,
    Abroad abroad,
    Notes notes,
    String disclaimer) {

  /** A line of label and value. */
  public record Field(String label, String value) {}

  /** A Japanese term with its reading, to show at a counter. */
  public record Term(String label, String japanese, String reading) {}

  /** A QR-coded link with the text printed beside it and the alternative text for screen readers. */
  public record Link(String url, String display, String alt, String label) {}

  public record Cover(
      String title, String subtitle, String preparedFor, String name, String nameFontStack,
      List<Field> facts, List<Field> dates, String generated) {}

  public record Contents(String title, List<Entry> entries) {
    /** One line of the contents: the section's anchor id and title. */
    public record Entry(String id, String title) {}
  }

  public record Timeline(
      String id, String title, String intro, String colDue, String colTask, String colNotes,
      String overdueHint, List<Row> rows) {
    /** One checklist line. {@code overdue} is the word to print, or null. */
    public record Row(String due, String from, String task, String procedureId, String overdue) {}
  }

  public record Procedures(
      String id, String title, String intro, String labelWhen, String labelWhat,
      String labelWhere, List<Procedure> items) {}

  /** One procedure; {@code bringLabel} is null when there is nothing to bring. */
  public record Procedure(
      String id, String title, String when, String overdue, Term term, String summary,
      List<String> what, String where, String bringLabel, List<String> bring, String note,
      Link source) {}

  public record Abroad(
      String id, String title, Comparison comparison, Preparations preparations,
      Services services) {}

  public record Comparison(
      String id, String title, String intro, String colItem, String colAdvantage,
      String colDisadvantage, List<ComparisonRow> rows) {}

  public record ComparisonRow(String item, String advantage, String disadvantage) {}

  public record Preparations(String id, String title, String intro, List<Preparation> items) {}

  public record Preparation(int number, String title, String text) {}

  /** Job services in display order: those that fit the student first. */
  public record Services(
      String id, String title, String intro, String labelRegions, List<Service> items) {}

  /** One service; {@code fit} is the badge to print, or null. */
  public record Service(
      String name, String type, String fit, String regions, String strengths, Link link) {}

  public record Notes(String id, String title, String intro, List<Integer> lines) {}
}
