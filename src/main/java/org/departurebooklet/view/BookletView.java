package org.departurebooklet.view;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything the booklet template prints, already formatted. Strings are plain text (the template
 * escapes them); a {@code null} string or an empty list leaves its section out.
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
    Contacts contacts,
    BackCover back,
    Visit visit,
    String disclaimer,
    Brand brand) {

  /**
   * The school's colour for the band and headings of the cover and the back cover (null: the
   * booklet's own blue). Checked again here, so nothing but {@code #rrggbb} reaches the stylesheet.
   */
  public record Brand(String colour) {
    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

    public Brand {
      if (!HEX.matcher(colour).matches()) {
        throw new IllegalArgumentException("colour \"" + colour + "\" is not #rrggbb");
      }
    }
  }

  /**
   * The school's logo, drawn by the renderer into a box of {@code width} x {@code height} (CSS
   * lengths in mm, the logo's own proportions); {@code alt} is what a screen reader says: the
   * school's name.
   */
  public record Logo(String alt, String width, String height) {}

  /** The page settings every view of a booklet shares, as the stylesheet reads them. */
  record PageViews(
      Paper.PageView page,
      String fontStack,
      String lineHeight,
      String footerCss,
      String pageRefCss) {}

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

  /**
   * A Japanese term with its reading; {@code card} when it is to be shown at a counter (printed as
   * a card), else it is printed as the procedure's Japanese name.
   */
  public record Term(String label, String japanese, String reading, boolean card) {}

  /**
   * A QR-coded link: the code and the link over it carry {@code url}; under it the address a person
   * can type ({@code display} as one text, {@code address} in pieces for the template); {@code alt}
   * names the full link for screen readers.
   */
  public record Link(
      String url, String display, List<AddressPart> address, String alt, String label) {
    public Link {
      address = List.copyOf(address);
    }
  }

  /**
   * A piece of a printed address; {@code keep} when it must not break across lines (the site, the
   * quoted words to search for).
   */
  public record AddressPart(Text text, boolean keep) {}

  /**
   * The cover; {@code school} and {@code schoolContact} are null when no school was given, {@code
   * nameLang} when the name's script says nothing beyond the document's language, {@code logo} when
   * the school has none.
   */
  public record Cover(
      String title,
      String subtitle,
      String preparedFor,
      String name,
      String nameLang,
      String nameFontStack,
      List<Field> facts,
      List<Field> dates,
      NextSteps next,
      String generated,
      String factsChecked,
      String school,
      String schoolLabel,
      String schoolContact,
      HandoutCover handout,
      Logo logo) {}

  /**
   * A handout's cover, which has no student: what it is for, blanks to write one's own facts in,
   * and the session it was printed for ({@code session} null without one).
   */
  public record HandoutCover(String intro, List<String> blanks, SessionBox session) {}

  /** The box of an information session: its heading and title, the facts, what to bring, a page. */
  public record SessionBox(
      String heading,
      String title,
      List<Field> facts,
      String bringLabel,
      List<String> bring,
      Link page,
      String pageLabel) {
    public boolean hasBring() {
      return !bring.isEmpty();
    }
  }

  /**
   * The short handout's page on the one visit to city hall: its four procedures with the terms to
   * show, what to bring for all of them, the full booklet's page, and whom to call.
   */
  public record Visit(
      String title,
      String intro,
      List<VisitItem> items,
      String bringLabel,
      String bring,
      String fullBookletLabel,
      Link fullBooklet,
      String emergency,
      String lines) {}

  /** One procedure of the visit. */
  public record VisitItem(int number, Text title, String when, Term term) {}

  /**
   * The cover's panel of what to do now: overdue steps, what is due this week, windows open now;
   * after the departure, what can still be done from abroad; when nothing needs the student this
   * week, the next deadlines ({@code intro} says so). Null for a plan without dates.
   */
  public record NextSteps(String title, String intro, List<NextItem> items) {}

  /** One step of the panel; {@code mark} is null for a step that is merely next. */
  public record NextItem(
      int number, String mark, String markKind, Text task, String due, String procedureId) {}

  /** A mark for where a step stands: its words and its kind (overdue, today, week, open, gone). */
  public record Mark(String label, String kind) {}

  /**
   * The contents page and the PDF's bookmarks: {@code entries} what the page lists, {@code
   * bookmarks} every section in page order (the contents page among them).
   */
  public record Contents(String id, String title, List<Entry> entries, List<Entry> bookmarks) {
    /**
     * One line of the contents: the section's anchor id and title, and its steps (the procedures of
     * "Step by step"), which get bookmarks of their own under the section's.
     */
    public record Entry(String id, String title, List<Entry> steps) {
      public Entry(String id, String title) {
        this(id, title, List.of());
      }

      public boolean hasSteps() {
        return !steps.isEmpty();
      }
    }
  }

  public record Timeline(
      String id,
      String title,
      String intro,
      String colDue,
      String colTask,
      String colPage,
      String colNotes,
      String overdueHint,
      String holidayNote,
      List<Line> lines,
      boolean showPages) {

    /**
     * A line of the checklist: a step, the heading of a phase ({@code phase} set), or the marker of
     * where today falls ({@code today} set).
     */
    public record Line(Row row, String today, PhaseHead phase) {}

    /** The heading line of a phase in the checklist. */
    public record PhaseHead(int number, String title) {}

    /**
     * One step. {@code from} is the window's first day, or null; {@code mark} where it stands, or
     * null; {@code notes} the day to aim for and why its day moved. In a handout {@code due} is
     * null and {@code rule} says the rule in words, with {@code writeDate} before a blank.
     */
    public record Row(
        int number,
        String due,
        String from,
        Text task,
        String procedureId,
        Mark mark,
        List<String> notes,
        String rule,
        String writeDate) {}
  }

  /**
   * The procedures, by phase. {@code label*} are the labels of each procedure's "at a glance" box.
   */
  public record Procedures(
      String labelGlance,
      String labelWhen,
      String labelWhere,
      String labelHow,
      String labelBring,
      String labelWhat,
      List<Phase> phases) {}

  /**
   * A phase of leaving: a chapter of the booklet, with its number on a tab at the outer edge of its
   * pages ({@code tabOffset} from the top of the side margin, so the tabs step down the edge from
   * phase to phase and can be found by thumbing).
   */
  public record Phase(String id, int number, String title, String intro, List<Procedure> items) {}

  /**
   * What each procedure carries of its phase: the tab on the outer edge of the page it starts on (a
   * running element, so a page shows the phase of the first procedure that starts on it), and, for
   * the phase's first procedure, the phase's heading, kept on one page with it.
   */
  public record PhaseMark(
      String phaseId,
      int phaseNumber,
      String phaseTitle,
      String phaseIntro,
      String tabOffset,
      boolean first) {}

  /**
   * One procedure: its "at a glance" box (when, where, how, what to bring, the Japanese term as a
   * card to show where there is a counter), then its steps. {@code mark} is null when it needs
   * none; {@code dateNotes} say why its day moved, the day to aim for, and any conflict; {@code
   * bring} is empty when there is nothing to bring.
   */
  public record Procedure(
      String id,
      int number,
      Text title,
      String when,
      Mark mark,
      List<String> dateNotes,
      Term term,
      Text summary,
      List<Text> what,
      Text where,
      String how,
      List<Text> bring,
      Text note,
      Link source,
      String sourceNote,
      PhaseMark phase) {

    public boolean hasBring() {
      return !bring.isEmpty();
    }

    /**
     * What to bring as one line, the items apart by a middle dot: a box on fewer lines moves less.
     */
    public Text bringLine() {
      List<Run> runs = new ArrayList<>();
      for (Text item : bring) {
        if (!runs.isEmpty()) {
          runs.add(new Run(" \u00B7 ", null));
        }
        runs.addAll(item.runs());
      }
      return new Text(runs);
    }
  }

  public record Abroad(
      String id, Comparison comparison, Preparations preparations, Services services) {}

  public record Comparison(
      String id,
      String title,
      String intro,
      String colItem,
      String colAdvantage,
      String colDisadvantage,
      List<ComparisonRow> rows) {}

  public record ComparisonRow(Text item, Text advantage, Text disadvantage) {}

  public record Preparations(String id, String title, String intro, List<Preparation> items) {}

  public record Preparation(int number, Text title, Text text) {}

  /** Job services in display order: those that fit the student first. */
  public record Services(
      String id, String title, String intro, String labelRegions, List<Service> items) {}

  /** One service; {@code fit} is the badge to print, or null. */
  public record Service(
      String name, Text type, String fit, Text regions, Text strengths, Link link) {}

  /**
   * The notes pages: one, and as many more as it takes for the booklet's page count to fold ({@code
   * pages}, each a list of lines to write on).
   */
  public record Notes(String id, String title, String intro, List<NotesPage> pages) {}

  /**
   * One page of lines; {@code more} for a page after the first. The first page's first {@code head}
   * lines stay with its heading.
   */
  public record NotesPage(boolean more, List<Integer> head, List<Integer> lines) {}

  /** A page of contacts to write down before leaving: one labelled line each. */
  public record Contacts(String id, String title, String intro, List<String> rows) {
    /** The first row, kept on one page with the heading. */
    public List<String> first() {
      return rows.subList(0, Math.min(1, rows.size()));
    }

    public List<String> rest() {
      return rows.subList(Math.min(1, rows.size()), rows.size());
    }
  }

  /**
   * The back cover: whom to call (emergency numbers, the immigration information center), the
   * school's office (and logo, or null), and the day the facts were checked.
   */
  public record BackCover(
      String title,
      String emergency,
      List<String> lines,
      String school,
      String schoolContact,
      Link schoolPage,
      String factsChecked,
      String generated,
      Logo logo) {}
}
