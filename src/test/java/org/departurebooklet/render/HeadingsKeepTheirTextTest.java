package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.LanguageText;
import org.departurebooklet.model.Plan;
import org.departurebooklet.model.Student;
import org.departurebooklet.view.Paper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Read back page by page, as a student turns them: every procedure's heading is on the page its
 * bookmark opens, with its whole "at a glance" box after it (When, Where and How on that page); a
 * phase's heading is on the page of its first procedure; and no section heading is the last thing
 * on its page. In every edition and paper, for the longest booklet (a Sunday departure, overdue
 * steps) and one made long before.
 */
class HeadingsKeepTheirTextTest {

  /**
   * Fewer letters than this after a section heading on its page means the heading was left alone.
   */
  private static final int MIN_TEXT_AFTER_HEADING = 40;

  static Stream<Arguments> editions() {
    List<Arguments> all = new ArrayList<>();
    for (String lang : List.of("en", "ja", "vi", "zh", "ko", "ne")) {
      for (Paper paper : Paper.values()) {
        all.add(Arguments.of(lang, paper, LocalDate.of(2027, 3, 28)));
        all.add(Arguments.of(lang, paper, LocalDate.of(2026, 11, 25)));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}, made on {2}")
  @MethodSource("editions")
  void headingsStayWithWhatTheyHead(String lang, Paper paper, LocalDate today) throws IOException {
    Student student =
        new Student(
            "Lê Thị Hồng Nhung",
            Optional.of("S2027-0042"),
            LocalDate.of(2027, 3, 18),
            LocalDate.of(2027, 4, 4),
            LocalDate.of(2027, 4, 3),
            Plan.WORK_ABROAD,
            "VN",
            Optional.empty(),
            Optional.empty());
    Booklets.Options options =
        new Booklets.Options(
            paper, Optional.of(lang), today, Instant.parse("2027-01-01T00:00:00Z"));
    byte[] pdf = TestBooklets.pdf(TestBooklets.get(), student, options).pdf();
    LanguageText.Strings strings = TestBooklets.get().content(lang).strings();
    List<String> problems = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Pages pages = new Pages(doc);
      int procedures = 0;
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        int page = pages.of(item);
        String heading = squeezed(item.getTitle());
        int at = pages.text(page).indexOf(heading);
        if (at < 0) {
          problems.add(
              "\""
                  + item.getTitle()
                  + "\" is not on page "
                  + (page + 1)
                  + ", where its bookmark opens");
          continue;
        }
        boolean lines =
            item.getTitle().equals(strings.notesTitle()); // the notes page is ruled lines
        if (!lines && pages.text(page).length() - at - heading.length() < MIN_TEXT_AFTER_HEADING) {
          problems.add("\"" + item.getTitle() + "\" is left last on page " + (page + 1));
        }
        boolean first = true;
        for (PDOutlineItem step : item.children()) {
          procedures++;
          checkProcedure(pages, step, first ? page : -1, strings, problems);
          first = false;
        }
      }
      assertTrue(procedures >= 12, "only " + procedures + " procedure bookmarks");
    }
    assertTrue(problems.isEmpty(), String.join("; ", problems));
  }

  /** {@code phasePage} is the page of the phase's heading for its first step, -1 for the others. */
  private static void checkProcedure(
      Pages pages,
      PDOutlineItem step,
      int phasePage,
      LanguageText.Strings strings,
      List<String> problems)
      throws IOException {
    int page = pages.of(step);
    String text = pages.text(page);
    int at = text.indexOf(squeezed(step.getTitle()));
    if (at < 0) {
      problems.add(
          "\""
              + step.getTitle()
              + "\" is not on page "
              + (page + 1)
              + ", where its bookmark opens");
      return;
    }
    int when = text.indexOf(squeezed(strings.labelWhen()), at);
    int where = when < 0 ? -1 : text.indexOf(squeezed(strings.labelWhere()), when);
    int how = where < 0 ? -1 : text.indexOf(squeezed(strings.labelHow()), where);
    if (how < 0) {
      problems.add(
          "the box of \"" + step.getTitle() + "\" does not stay whole on page " + (page + 1));
    }
    if (phasePage >= 0 && page != phasePage) {
      problems.add(
          "the phase heading of \""
              + step.getTitle()
              + "\" is on page "
              + (phasePage + 1)
              + ", the step on page "
              + (page + 1));
    }
  }

  /** Text as extracted and as written compare alike without their white space. */
  private static String squeezed(String text) {
    return text.replaceAll("[\\s\\u00AD\\u200B]+", "");
  }

  /** Each page's text, extracted once. Not thread-safe. */
  private static final class Pages {
    private final PDDocument doc;
    private final String[] texts;

    Pages(PDDocument doc) {
      this.doc = doc;
      this.texts = new String[doc.getNumberOfPages()];
    }

    int of(PDOutlineItem item) throws IOException {
      return doc.getPages().indexOf(item.findDestinationPage(doc));
    }

    String text(int page) throws IOException {
      if (texts[page] == null) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        texts[page] = squeezed(stripper.getText(doc));
      }
      return texts[page];
    }
  }
}
