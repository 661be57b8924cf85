package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.model.Plan;
import org.departurebooklet.model.Student;
import org.departurebooklet.view.Paper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a reader copies, searches or hears read aloud from a Nepali booklet is the text that was
 * written, although the page shows shaped glyphs: PDFBox and poppler (pdftotext, behind most Linux
 * viewers) give every shaped run back as its characters, "विद्यार्थी" as "विद्यार्थी", and no
 * Devanagari word they extract is one the booklet does not say. A reader that ignores {@code
 * /ActualText} still finds each conjunct's letters in the font's ToUnicode map.
 */
class NepaliTextLayerTest {

  /** A word in Devanagari: letters and their vowel signs (the danda is punctuation). */
  private static final Pattern WORD = Pattern.compile("[\\p{IsDevanagari}&&[\\p{L}\\p{M}]]+");

  private static final String NAME = "सरिता कुमारी श्रेष्ठ";

  static byte[] pdf;
  static Set<String> written;
  static List<ShapedRuns.Run> runs;

  @BeforeAll
  static void render() {
    Student student =
        new Student(
            NAME,
            Optional.of("S2027-0042"),
            LocalDate.of(2027, 3, 18),
            LocalDate.of(2027, 4, 9),
            LocalDate.of(2027, 4, 7),
            Plan.WORK_ABROAD,
            "SG",
            Optional.empty(),
            Optional.empty());
    Booklets.Options options =
        new Booklets.Options(
            Paper.A5,
            Optional.of("ne"),
            LocalDate.of(2027, 3, 1),
            Instant.parse("2027-01-01T00:00:00Z"));
    pdf = TestBooklets.pdf(TestBooklets.get(), student, options).pdf();
    written =
        words(TestBooklets.xhtml(TestBooklets.get(), student, options).replaceAll("<[^>]*>", " "));
    runs = ShapedRuns.of(pdf);
  }

  @Test
  void theBookletIsMostlyShapedRuns() {
    assertTrue(runs.size() > 1000, runs.size() + " shaped runs");
    assertTrue(runs.stream().anyMatch(r -> r.text().equals("विद्यार्थी")), "विद्यार्थी is a run");
  }

  @Test
  void pdfBoxGivesBackEveryShapedRunAndNoOtherWord() throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(doc));
      }
    }
    assertReadBack(pages);
  }

  @Test
  void popplerGivesBackEveryShapedRunAndNoOtherWord() {
    OutsideReader.require(
        "needs poppler's pdftotext (apt-get install poppler-utils)", null, "pdftotext", "-v");
    assertReadBack(OutsideReader.pdftotext(pdf));
  }

  @Test
  void oneShapedWordExtractsExactly() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer(FontLibrary.load(Path.of("fonts")))
        .render(
            NepaliShapingTest.xhtml(List.of("विद्यार्थी")),
            new FontChoice("", "", false),
            Instant.parse("2027-01-01T00:00:00Z"),
            true,
            out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      assertEquals("विद्यार्थी", new PDFTextStripper().getText(doc).strip(), "PDFBox");
    }
    OutsideReader.require(
        "needs poppler's pdftotext (apt-get install poppler-utils)", null, "pdftotext", "-v");
    assertEquals(
        "विद्यार्थी", OutsideReader.pdftotext(out.toByteArray()).get(0).strip(), "poppler");
  }

  @Test
  void conjunctGlyphsMapToTheirLettersInTheFont() throws IOException {
    ShapedRuns.Run kshya =
        runs.stream()
            .filter(r -> r.text().equals("क्षमा"))
            .findFirst()
            .or(() -> runs.stream().filter(r -> r.text().contains("क्ष")).findFirst())
            .orElseThrow();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDPage page = doc.getPage(kshya.page() - 1);
      Set<String> mapped = new TreeSet<>();
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        if (font.getName().endsWith("+" + kshya.font())) {
          kshya.glyphs().forEach(g -> mapped.add(String.valueOf(font.toUnicode(g))));
        }
      }
      assertTrue(mapped.contains("क्ष"), "the glyph of क्ष maps to क्ष: " + mapped);
    }
  }

  /**
   * Each page's text holds every run shaped on it, and every Devanagari word on it is one the
   * booklet says (a glyph read as the wrong letters, or two words run together, would not be).
   */
  private static void assertReadBack(List<String> pages) {
    for (ShapedRuns.Run run : runs) {
      String page = pages.get(run.page() - 1);
      assertTrue(page.contains(run.text()), "page " + run.page() + " gives back " + run.text());
    }
    Set<String> extracted = words(String.join(" ", pages));
    extracted.removeAll(written);
    assertEquals(Set.of(), extracted, "words that the booklet does not say");
    assertTrue(String.join(" ", pages).contains(NAME), "the name as written");
  }

  private static Set<String> words(String text) {
    Set<String> words = new TreeSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
