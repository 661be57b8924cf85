package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.model.Plan;
import org.departurebooklet.model.Student;
import org.departurebooklet.view.Paper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The timeline is what a student opens the booklet to: it starts on page 2, the left page of the
 * first spread, and must end on page 3 at the latest, so the whole checklist lies open at once, in
 * every language and paper, also when deadlines are already overdue or past the departure (each
 * adds a mark and the page a note), when days move before closed offices, and when the dates are
 * the longest to write (Sunday, two-digit day and month: "Chủ Nhật, 28/11/2027").
 */
class TimelinePageTest {

  static Stream<Arguments> editions() {
    List<Arguments> all = new ArrayList<>();
    for (String lang : List.of("en", "ja", "vi", "zh", "ko", "ne")) {
      for (Paper paper : Paper.values()) {
        for (Plan plan : Plan.values()) {
          all.add(
              Arguments.of(lang, paper, plan, LocalDate.of(2027, 3, 18), LocalDate.of(2027, 4, 5)));
          all.add(
              Arguments.of(
                  lang, paper, plan, LocalDate.of(2027, 11, 28), LocalDate.of(2027, 12, 5)));
          all.add(
              Arguments.of(
                  lang, paper, plan, LocalDate.of(2027, 3, 18), LocalDate.of(2026, 11, 25)));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2} graduating {3}, made on {4}")
  @MethodSource("editions")
  void theTimelineFitsTheFirstSpread(
      String lang, Paper paper, Plan plan, LocalDate graduation, LocalDate today)
      throws IOException {
    LocalDate departure = graduation.plusDays(14);
    Student student =
        new Student(
            "Lê Thị Hồng Nhung",
            Optional.empty(),
            graduation,
            departure,
            departure,
            plan,
            "VN",
            Optional.empty(),
            Optional.empty());
    Booklets.Options options =
        new Booklets.Options(
            paper, Optional.of(lang), today, Instant.parse("2027-01-01T00:00:00Z"));
    byte[] pdf = TestBooklets.pdf(TestBooklets.get(), student, options).pdf();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDOutlineItem timeline = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
      PDOutlineItem next = timeline.getNextSibling();
      int first = doc.getPages().indexOf(timeline.findDestinationPage(doc));
      int after = doc.getPages().indexOf(next.findDestinationPage(doc));
      assertEquals(1, first, "the timeline starts on page " + (first + 1) + ", not on page 2");
      assertTrue(
          after <= 3,
          "the timeline runs to page "
              + after
              + ", so \""
              + next.getTitle()
              + "\" starts on page "
              + (after + 1)
              + ": it must end on page 3");
    }
  }
}
