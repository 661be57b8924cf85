package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.model.Plan;
import org.departurebooklet.model.Student;
import org.departurebooklet.view.Folding;
import org.departurebooklet.view.Paper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A booklet designed for paper: its page count folds (a multiple of 4 on A5, even on A4), and no
 * page but the cover, the notes and the back cover is more than {@link #MAX_EMPTY_FOOT} empty at
 * its foot, measured on the rendered page, in every edition, paper and plan, for a student with
 * overdue steps and a Sunday departure (the longest booklet) and one made long before.
 */
class PageFillTest {

  /**
   * The share of a page's text area that may stay empty below its last line: about a third at most,
   * give or take a line (an "at a glance" box with its phase heading moves whole to the next page,
   * and a procedure's list, note and QR code stay together).
   */
  static final double MAX_EMPTY_FOOT = 0.36;

  private static final float DPI = 36;

  static Stream<Arguments> editions() {
    List<Arguments> all = new ArrayList<>();
    for (String lang : List.of("en", "ja", "vi", "zh", "ko", "ne")) {
      for (Paper paper : Paper.values()) {
        for (Plan plan : Plan.values()) {
          all.add(Arguments.of(lang, paper, plan, LocalDate.of(2027, 3, 28)));
        }
        all.add(Arguments.of(lang, paper, Plan.WORK_ABROAD, LocalDate.of(2026, 11, 25)));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}, made on {3}")
  @MethodSource("editions")
  void everyPageIsFilledAndTheBookletFolds(String lang, Paper paper, Plan plan, LocalDate today)
      throws IOException {
    Student student =
        new Student(
            "Lê Thị Hồng Nhung",
            Optional.of("S2027-0042"),
            LocalDate.of(2027, 3, 18),
            LocalDate.of(2027, 4, 4),
            LocalDate.of(2027, 4, 3),
            plan,
            "VN",
            Optional.empty(),
            Optional.empty());
    Booklets.Options options =
        new Booklets.Options(
            paper, Optional.of(lang), today, Instant.parse("2027-01-01T00:00:00Z"));
    byte[] pdf = TestBooklets.pdf(TestBooklets.get(), student, options).pdf();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertEquals(0, pages % Folding.multiple(paper), pages + " pages do not fold");
      int notes = notesPage(doc, TestBooklets.get().content(lang).strings().notesTitle());
      PDFRenderer renderer = new PDFRenderer(doc);
      List<String> holes = new ArrayList<>();
      for (int i = 1; i < notes; i++) {
        double empty = emptyFoot(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY), paper);
        if (empty > MAX_EMPTY_FOOT) {
          holes.add(
              String.format(
                  Locale.ROOT, "page %d is %.0f %% empty at its foot", i + 1, 100 * empty));
        }
      }
      assertTrue(holes.isEmpty(), String.join("; ", holes));
    }
  }

  /** The index of the page the notes start on (its bookmark's), or the back cover's. */
  private static int notesPage(PDDocument doc, String notesTitle) throws IOException {
    for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
      if (item.getTitle().equals(notesTitle)) {
        return doc.getPages().indexOf(item.findDestinationPage(doc));
      }
    }
    return doc.getNumberOfPages() - 1;
  }

  /**
   * The share of the text area below the last line with ink (outside the side margins and the
   * tabs).
   */
  static double emptyFoot(BufferedImage page, Paper paper) {
    Paper.PageView view = paper.view();
    double pxPerMm = DPI / 25.4;
    int top = (int) Math.round(mm(view.top()) * pxPerMm);
    int bottom = page.getHeight() - (int) Math.round(mm(view.bottom()) * pxPerMm);
    int left = (int) Math.round(Math.max(mm(view.inner()), mm(view.outer())) * pxPerMm);
    int right = page.getWidth() - left;
    int lastInk = top;
    for (int y = top; y < bottom; y++) {
      for (int x = left; x < right; x++) {
        if ((page.getRGB(x, y) & 0xFF) < 200) {
          lastInk = y;
          break;
        }
      }
    }
    return (bottom - lastInk) / (double) (bottom - top);
  }

  private static double mm(String css) {
    return Double.parseDouble(css.replace("mm", ""));
  }
}
