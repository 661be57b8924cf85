package org.departurebooklet.view;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.departurebooklet.content.Content;
import org.departurebooklet.content.LanguageText.Strings;
import org.departurebooklet.model.School;

/**
 * The parts of a view that a student's booklet and an advisor's handout share: the school's colour,
 * logo and contact, the notes pages, the back cover, and the CSS values of the running footer and
 * page references. Stateless and thread-safe.
 */
final class SharedParts {

  private static final int NOTE_LINES = 22;

  /** Lines of the first notes page kept with its heading. */
  private static final int NOTES_HEAD_LINES = 3;

  /**
   * The largest box of the school's logo on the cover, beside the band: as tall as the band and its
   * space below.
   */
  static final double COVER_LOGO_WIDTH_MM = 40;

  static final double COVER_LOGO_HEIGHT_MM = 14;

  /** The largest box of the school's logo on the back cover, above the school's name. */
  static final double BACK_LOGO_WIDTH_MM = 50;

  static final double BACK_LOGO_HEIGHT_MM = 18;

  /** The school's colour, or null for the booklet's own. */
  static BookletView.Brand brand(Optional<School> school) {
    return school.flatMap(School::colour).map(c -> new BookletView.Brand(c.hex())).orElse(null);
  }

  /**
   * The school's logo in the largest box of its proportions that fits {@code maxWidthMm} x {@code
   * maxHeightMm}, or null without one.
   */
  static BookletView.Logo logo(Optional<School> school, double maxWidthMm, double maxHeightMm) {
    return school
        .flatMap(
            x ->
                x.logo()
                    .map(
                        logo -> {
                          double ratio = (double) logo.width() / logo.height();
                          double height = Math.min(maxHeightMm, maxWidthMm / ratio);
                          return new BookletView.Logo(x.name(), mm(height * ratio), mm(height));
                        }))
        .orElse(null);
  }

  private static String mm(double value) {
    return String.format(Locale.ROOT, "%.2fmm", value);
  }

  /** {@code pages} notes pages, the first with its heading (none at all for 0). */
  static BookletView.Notes notes(Strings s, int pages) {
    return new BookletView.Notes(
        "notes",
        s.notesTitle(),
        s.notesIntro(),
        IntStream.range(0, pages)
            .mapToObj(
                i ->
                    new BookletView.NotesPage(
                        i > 0,
                        i > 0
                            ? List.of()
                            : IntStream.rangeClosed(1, NOTES_HEAD_LINES).boxed().toList(),
                        IntStream.rangeClosed(1, i > 0 ? NOTE_LINES : NOTE_LINES - NOTES_HEAD_LINES)
                            .boxed()
                            .toList()))
            .toList());
  }

  /** The back cover: whom to call, the school and its page, the facts date. */
  static BookletView.BackCover back(
      Content content, Optional<School> school, String factsChecked, String made) {
    Strings s = content.strings();
    return new BookletView.BackCover(
        s.backTitle(),
        s.backEmergency(),
        s.backLines(),
        school.map(School::name).orElse(null),
        schoolContact(school),
        school
            .flatMap(School::website)
            .map(url -> BookletViews.link(content, url, school.orElseThrow().name()))
            .orElse(null),
        factsChecked,
        made,
        logo(school, BACK_LOGO_WIDTH_MM, BACK_LOGO_HEIGHT_MM));
  }

  /** The school's office and how to reach it, on one line; null without a school or contact. */
  static String schoolContact(Optional<School> school) {
    return school
        .map(School::contactLines)
        .filter(lines -> !lines.isEmpty())
        .map(lines -> String.join(" · ", lines))
        .orElse(null);
  }

  /** Turns "p. {page}" into a CSS content value giving the page an element's data-target is on. */
  static String pageRefCss(String pageRef) {
    // A no-break space keeps "p." with its number.
    String text = pageRef.replace(' ', '\u00a0');
    int at = text.indexOf("{page}");
    String before = text.substring(0, at);
    String after = text.substring(at + "{page}".length());
    return ((before.isEmpty() ? "" : cssString(before) + " ")
            + "target-counter(attr(data-target), page)"
            + (after.isEmpty() ? "" : " " + cssString(after)))
        .trim();
  }

  /** Turns "Page {page} of {pages}" into a CSS content value. */
  static String footerCss(String footer) {
    StringBuilder css = new StringBuilder();
    String rest = footer;
    while (!rest.isEmpty()) {
      int page = rest.indexOf("{page}");
      int pages = rest.indexOf("{pages}");
      int next = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
      if (next < 0) {
        css.append(cssString(rest));
        break;
      }
      if (next > 0) {
        css.append(cssString(rest.substring(0, next))).append(' ');
      }
      boolean isPages = rest.startsWith("{pages}", next);
      css.append(isPages ? "counter(pages) " : "counter(page) ");
      rest = rest.substring(next + (isPages ? 7 : 6));
    }
    return css.toString().trim();
  }

  private static String cssString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private SharedParts() {}
}
