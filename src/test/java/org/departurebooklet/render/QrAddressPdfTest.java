package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.content.Content;
import org.departurebooklet.io.Links;
import org.departurebooklet.model.SchoolFile;
import org.departurebooklet.view.Paper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The address under each QR code, read back from the PDF as a student without a camera reads it:
 * under a long link's code, its site and the words to search for there, in the edition's words, on
 * one line and at least 7.5 pt; a short link as it is. The code itself still decodes to the full
 * URL, and the link over it opens it.
 */
class QrAddressPdfTest {

  private static final String PENSION_EN =
      "https://www.nenkin.go.jp/international/english/lumpsum/lumpsum.html";
  private static final String PENSION_JA =
      "https://www.nenkin.go.jp/service/jukyu/tetsuduki/sonota-kyufu/20140710.html";
  private static final double MIN_PT = 7.5;

  /**
   * One page as read back: its lines of text (with each line's smallest font size) and its QR
   * codes.
   */
  private record Page(int number, Map<String, Float> lines, List<String> codes) {
    boolean hasLine(String text) {
      return lines.keySet().stream().anyMatch(line -> line.contains(text));
    }
  }

  private static final Map<String, List<Page>> PAGES = new HashMap<>();

  @BeforeAll
  static void render() throws IOException {
    for (String lang : List.of("en", "ja")) {
      Booklets.Options options =
          new Booklets.Options(
              Paper.A5, Optional.of(lang), TestBooklets.TODAY, TestBooklets.options().created());
      PAGES.put(
          lang, read(TestBooklets.pdf(TestBooklets.get(), TestBooklets.sample(), options).pdf()));
    }
  }

  private static List<Page> read(byte[] pdf) throws IOException {
    List<Page> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        pages.add(
            new Page(
                i + 1,
                lines(doc, i + 1),
                BookletPdfTest.decode(renderer.renderImageWithDPI(i, 200, ImageType.GRAY))));
      }
    }
    return pages;
  }

  /** The lines of one page, each with the smallest font size (pt) of its characters. */
  private static Map<String, Float> lines(PDDocument doc, int page) throws IOException {
    Map<String, Float> lines = new LinkedHashMap<>();
    StringBuilder line = new StringBuilder();
    float[] smallest = {Float.MAX_VALUE};
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            line.append(text);
            // The size as drawn (the text rendering matrix); getFontSizeInPt() drops the fraction.
            positions.forEach(p -> smallest[0] = Math.min(smallest[0], p.getYScale()));
          }

          @Override
          protected void writeWordSeparator() {
            line.append(' ');
          }

          @Override
          protected void writeLineSeparator() {
            lines.merge(line.toString(), smallest[0], Math::min);
            line.setLength(0);
            smallest[0] = Float.MAX_VALUE;
          }
        };
    // Text in another font (a Japanese term in English) is drawn after its line: read in place.
    stripper.setSortByPosition(true);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.writeText(doc, new StringWriter());
    if (line.length() > 0) {
      lines.merge(line.toString(), smallest[0], Math::min);
    }
    return lines;
  }

  /** The page whose QR code decodes to {@code url}. */
  private static Page pageOfCode(String lang, String url) {
    return PAGES.get(lang).stream()
        .filter(p -> p.codes().contains(url))
        .findFirst()
        .orElseThrow(() -> new AssertionError(lang + ": no QR code decodes to " + url));
  }

  /**
   * Every long link of an edition with its words to search for: the procedures' pages and the
   * services'.
   */
  private static Map<String, String> longLinks(String lang) {
    Content content = TestBooklets.get().content(lang);
    Map<String, String> links = new LinkedHashMap<>();
    content
        .procedures()
        .forEach(
            p ->
                p.source()
                    .filter(url -> !Links.typable(url))
                    .ifPresent(url -> links.put(url, p.text().search())));
    content.services().stream()
        .filter(s -> !Links.typable(s.url()))
        .forEach(s -> links.put(s.url(), s.search().orElseThrow()));
    return links;
  }

  @Test
  void underTheEnglishPensionCodeIsItsSiteAndTheWordsToSearchFor() {
    Page page = pageOfCode("en", PENSION_EN);
    assertTrue(
        page.hasLine("nenkin.go.jp › search “lump-sum withdrawal”"),
        page.lines().keySet().toString());
    assertFalse(
        PAGES.get("en").stream().anyMatch(p -> p.hasLine("lumpsum.html")),
        "the long URL is not printed");
  }

  @Test
  void underTheJapanesePensionCodeIsItsSiteAndTheWordsToSearchFor() {
    Page page = pageOfCode("ja", PENSION_JA);
    assertTrue(page.hasLine("nenkin.go.jp で「脱退一時金」を検索"), page.lines().keySet().toString());
    assertFalse(
        PAGES.get("ja").stream().anyMatch(p -> p.hasLine("20140710")),
        "the long URL is not printed");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "ja"})
  void everyLongLinkPrintsItsSiteAndWordsOnOneLineUnderItsCode(String lang) {
    String format = TestBooklets.get().content(lang).strings().qrSearch();
    Map<String, String> links = longLinks(lang);
    assertTrue(links.size() >= 10, "the sample's long links: " + links.keySet());
    links.forEach(
        (url, words) -> {
          String address = format.replace("{site}", Links.site(url)).replace("{words}", words);
          Page page = pageOfCode(lang, url);
          String line =
              page.lines().keySet().stream()
                  .filter(l -> l.contains(address))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new AssertionError(
                              lang
                                  + " page "
                                  + page.number()
                                  + ": no line \""
                                  + address
                                  + "\" under the code of "
                                  + url
                                  + " in "
                                  + page.lines().keySet()));
          assertTrue(
              page.lines().get(line) >= MIN_PT, address + " is " + page.lines().get(line) + " pt");
        });
  }

  @Test
  void aShortLinkIsPrintedAsItIs() {
    for (String shortLink :
        List.of("kamome.asia", "www.linkedin.com", "studyinjapan.go.jp/en/faq/after")) {
      assertTrue(
          PAGES.get("en").stream().anyMatch(p -> p.lines().containsKey(shortLink)), shortLink);
    }
  }

  @Test
  void aSchoolsOwnCityPageTakesTheContentsWordsAndItsLongWebsiteIsPrintedWhole()
      throws IOException {
    String page = "https://www.city.example.lg.jp/kurashi/todokede/kokugai-tenshutsu.html";
    String website = "https://www.sakura.example.ac.jp/international/leaving-japan";
    String profile =
        "name: Sakura University\nwebsite: "
            + website
            + "\ncity:\n  name: Example City\n  pages:\n"
            + "    moving-out: "
            + page
            + "\n";
    Booklets school =
        Booklets.open(
            AssetDirs.packaged(),
            Optional.of(SchoolFile.parse(profile.getBytes(StandardCharsets.UTF_8), "school.yaml")));
    List<Page> pages =
        read(TestBooklets.pdf(school, TestBooklets.sample(), TestBooklets.options()).pdf());
    assertTrue(
        pages.stream()
            .anyMatch(
                p -> p.codes().contains(page) && p.hasLine("city.example.lg.jp › search “国外転出”")),
        "the city's own page, found with the content's words");
    Page back = pages.stream().filter(p -> p.codes().contains(website)).findFirst().orElseThrow();
    String joined = String.join("", back.lines().keySet()).replaceAll("\\s+", "");
    assertTrue(
        joined.contains("www.sakura.example.ac.jp/international/leaving-japan"),
        "a link without words is printed whole: " + back.lines().keySet());
    assertEquals(1, pages.stream().filter(p -> p.codes().contains(website)).count());
  }
}
