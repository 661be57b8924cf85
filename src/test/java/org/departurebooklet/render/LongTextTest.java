package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.departurebooklet.Booklets;
import org.departurebooklet.Handouts;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.model.Plan;
import org.departurebooklet.model.SchoolFile;
import org.departurebooklet.model.SessionFile;
import org.departurebooklet.model.Student;
import org.departurebooklet.view.Paper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every text a user gives (the name, the student ID, the school's fields, the session's) breaks
 * inside its box at any length its limit allows: nothing runs past the page's edge, and the cover
 * still holds the departure date.
 */
class LongTextTest {

  private static final String LONG_NAME =
      "Wolfeschlegelsteinhausenbergerdorff".repeat(3).substring(0, 100);
  private static final String LONG_ID = "S".repeat(40);
  private static final String LONG_FIELD =
      "Internationalstudentssupportofficeandcareercentre".repeat(3).substring(0, 100);

  private static Booklets booklets() {
    return Booklets.open(
        AssetDirs.packaged(),
        Optional.of(
            SchoolFile.parse(
                ("""
        name: %s
        office: %s
        room: %s
        hours: %s
        email: %s@example.ac.jp
        contact: %s
        """
                        .formatted(
                            LONG_FIELD,
                            LONG_FIELD,
                            LONG_FIELD,
                            LONG_FIELD,
                            "a".repeat(60),
                            "c".repeat(200)))
                    .getBytes(StandardCharsets.UTF_8),
                "school.yaml")),
        "school.yaml");
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void longTextsStayOnThePageAndTheCoverKeepsItsDates(Paper paper) throws IOException {
    Booklets booklets = booklets();
    Student student =
        new Student(
            LONG_NAME,
            Optional.of(LONG_ID),
            LocalDate.of(2027, 3, 18),
            LocalDate.of(2027, 4, 9),
            null,
            Plan.UNDECIDED,
            "VN",
            Optional.empty(),
            Optional.empty());
    Booklets.Options options =
        new Booklets.Options(
            paper,
            Optional.of("en"),
            LocalDate.of(2027, 3, 1),
            Instant.parse("2027-01-01T00:00:00Z"));
    byte[] pdf = booklets.pdf(booklets.check(student, options).orElseThrow("test")).pdf();
    assertInsidePages(pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper cover = new PDFTextStripper();
      cover.setEndPage(1);
      assertTrue(
          cover.getText(doc).contains("Fri 9 Apr 2027"),
          "the departure date is still on the cover");
    }
    byte[] handout =
        booklets
            .handouts()
            .pdf(
                new Handouts.Request(
                    options,
                    Optional.of(
                        SessionFile.parse(
                            ("""
        title: %s
        date: 2027-01-20
        room: %s
        advisor: %s
        contact: %s
        bring: [%s]
        """
                                    .formatted(
                                        LONG_FIELD, LONG_FIELD, LONG_FIELD, LONG_FIELD, LONG_FIELD))
                                .getBytes(StandardCharsets.UTF_8),
                            "session.yaml")),
                    true))
            .pdf();
    assertInsidePages(handout);
  }

  /** Every glyph lies inside its page. */
  private static void assertInsidePages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> outside = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              float width = getCurrentPage().getMediaBox().getWidth();
              for (TextPosition p : positions) {
                if (p.getXDirAdj() < 0 || p.getXDirAdj() + p.getWidthDirAdj() > width + 0.5f) {
                  outside.add("page " + getCurrentPageNo() + ": \"" + text + "\"");
                  return;
                }
              }
            }
          };
      stripper.getText(doc);
      assertTrue(outside.isEmpty(), "text off the page: " + outside);
    }
  }
}
