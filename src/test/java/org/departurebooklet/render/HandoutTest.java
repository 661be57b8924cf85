package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.departurebooklet.BookletException;
import org.departurebooklet.Booklets;
import org.departurebooklet.Handouts;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.content.Content;
import org.departurebooklet.model.SchoolFile;
import org.departurebooklet.model.Session;
import org.departurebooklet.model.SessionFile;
import org.departurebooklet.pdf.Conformance;
import org.departurebooklet.view.Paper;
import org.departurebooklet.view.RuleWords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * An advisor's handout, read back: no student's due date anywhere, each rule in the handout's
 * words, the session box, QR codes that lead where the session and the school say, PDF/UA-1 and
 * PDF/A-2u, and the short version's pages.
 */
class HandoutTest {

  private static final String SESSION_URL = "https://www.sakura.example.ac.jp/consultation";
  private static final String SCHOOL_URL = "https://www.sakura.example.ac.jp/leaving-japan";
  private static Booklets booklets;
  private static Session session;

  @BeforeAll
  static void setUp() {
    booklets =
        Booklets.open(
            AssetDirs.packaged(),
            Optional.of(
                SchoolFile.parse(
                    """
        name: Sakura International College
        office: International Office
        email: intl@sakura.example.ac.jp
        website: %s
        """
                        .formatted(SCHOOL_URL)
                        .getBytes(StandardCharsets.UTF_8),
                    "school.yaml")),
            "school.yaml");
    session =
        SessionFile.parse(
            """
        title: Leaving Japan after graduation
        date: 2027-01-20
        time: 14:00-15:30
        room: Building 3, Hall B
        advisor: Aiko Tanaka
        bring: [Residence card, Your lease]
        url: %s
        """
                .formatted(SESSION_URL)
                .getBytes(StandardCharsets.UTF_8),
            "session.yaml");
  }

  private static Booklets.Rendered handout(String lang, Paper paper, boolean shortVersion) {
    Booklets.Options options =
        new Booklets.Options(
            paper,
            Optional.of(lang),
            LocalDate.of(2026, 12, 6),
            Instant.parse("2026-12-06T00:00:00Z"));
    return booklets
        .handouts()
        .pdf(new Handouts.Request(options, Optional.of(session), shortVersion));
  }

  private static String text(byte[] pdf, int from, int to) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(from);
      stripper.setEndPage(Math.min(to, doc.getNumberOfPages()));
      return stripper.getText(doc).replaceAll("\\s+", " ");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ja", "vi"})
  void theHandoutPrintsEachRuleInWordsAndNoStudentsDate(String lang) throws Exception {
    byte[] pdf = handout(lang, Paper.A5, false).pdf();
    Content content = booklets.content(lang);
    String all = text(pdf, 1, 99);
    RuleWords rules = new RuleWords(content);
    for (Content.Procedure p : content.procedures()) {
      String words = rules.of(p).replaceAll("\\s+", " ");
      assertTrue(
          all.replace(" ", "").contains(words.replace(" ", "")),
          lang + " " + p.id() + ": " + words);
    }
    // The timeline spread: no day of a student's plan, only rules and blanks.
    String timeline = text(pdf, 2, 3);
    Pattern year = Pattern.compile("20[2-3]\\d");
    assertFalse(year.matcher(timeline).find(), lang + ": a date in the timeline: " + timeline);
    assertTrue(
        all.contains(content.strings().handout().writeDate()),
        lang + ": a blank for the student's own date");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ja", "vi"})
  void theCoverCarriesTheSessionInTheHandoutsLanguage(String lang) throws Exception {
    byte[] pdf = handout(lang, Paper.A5, false).pdf();
    String cover = text(pdf, 1, 1);
    var h = booklets.content(lang).strings().handout();
    for (String expected :
        List.of(
            h.session(),
            "Leaving Japan after graduation",
            h.sessionWhen(),
            "14:00-15:30",
            h.sessionRoom(),
            "Building 3, Hall B",
            "Aiko Tanaka",
            "Residence card",
            "Sakura International College")) {
      // The session's heading is set in capitals.
      assertTrue(
          cover
              .toLowerCase(java.util.Locale.ROOT)
              .contains(expected.toLowerCase(java.util.Locale.ROOT)),
          lang + ": " + expected + " on the cover: " + cover);
    }
    h.blanks()
        .forEach(
            blank ->
                assertTrue(
                    cover.replace(" ", "").contains(blank.replace(" ", "")), lang + ": " + blank));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ja"})
  void theQrCodesLeadToTheSessionAndTheSchoolsPages(String lang) throws Exception {
    byte[] pdf = handout(lang, Paper.A5, true).pdf();
    List<String> decoded = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        decoded.addAll(BookletPdfTest.decode(renderer.renderImageWithDPI(i, 200, ImageType.GRAY)));
      }
    }
    assertTrue(decoded.contains(SESSION_URL), decoded.toString());
    assertTrue(decoded.contains(SCHOOL_URL), "the full booklet's page: " + decoded);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ja", "vi"})
  void theShortVersionIsTwoToFourPages(String lang) throws Exception {
    for (Paper paper : Paper.values()) {
      int pages = handout(lang, paper, true).pages();
      assertTrue(pages >= 2 && pages <= 4, lang + " " + paper + ": " + pages + " pages");
    }
    String text = text(handout(lang, Paper.A5, true).pdf(), 1, 4);
    assertTrue(
        text.contains(booklets.content(lang).strings().handout().visitTitle().replace("\n", " ")),
        text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ja"})
  void handoutsAreAccessibleAndArchival(String lang) throws Exception {
    for (boolean shortVersion : List.of(false, true)) {
      byte[] pdf = handout(lang, Paper.A5, shortVersion).pdf();
      assertEquals(List.of(), Conformance.failures(pdf, PDFAFlavour.PDFUA_1), lang + " UA");
      assertEquals(List.of(), Conformance.failures(pdf, PDFAFlavour.PDFA_2_U), lang + " A-2u");
    }
  }

  @Test
  void aSessionTextNoFontPrintsIsRefusedNamingTheText() {
    Session unprintable =
        SessionFile.parse(
            """
        title: Leaving Japan
        date: 2027-01-20
        room: Hall \uD83D\uDE00
        """
                .getBytes(StandardCharsets.UTF_8),
            "session.yaml");
    Booklets.Options options =
        new Booklets.Options(
            Paper.A5,
            Optional.of("en"),
            LocalDate.of(2026, 12, 6),
            Instant.parse("2026-12-06T00:00:00Z"));
    BookletException refused =
        assertThrows(
            BookletException.class,
            () ->
                booklets
                    .handouts()
                    .pdf(new Handouts.Request(options, Optional.of(unprintable), false)));
    assertEquals(BookletException.Kind.BAD_INPUT, refused.kind());
    assertTrue(
        refused
                .getMessage()
                .startsWith(
                    "session \"Hall \uD83D\uDE00\" has characters that no font of the booklet"
                        + " can print")
            && refused.getMessage().contains("U+1F600"),
        refused.getMessage());
  }
}
