package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.Content;
import org.departurebooklet.view.Paper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the sample booklet back the way a person would: text, fonts, outline, links, QR codes. */
class BookletPdfTest {

  /** A word with a pair of letters a font may draw as one ligature glyph: fi, fl, ff (ffi, ffl). */
  private static final Pattern LIGATURE_WORD = Pattern.compile("\\p{L}*f[fil]\\p{L}*");

  private static byte[] pdf;
  private static String text;

  @BeforeAll
  static void render() {
    pdf = TestBooklets.pdf(TestBooklets.get(), TestBooklets.sample(), TestBooklets.options()).pdf();
    text = TestBooklets.text(pdf);
  }

  private static Set<String> expectedLinks() {
    Content content = TestBooklets.get().content("en");
    Set<String> urls = new HashSet<>();
    content.procedures().forEach(p -> p.source().ifPresent(urls::add));
    content.services().forEach(s -> urls.add(s.url()));
    return urls;
  }

  @Test
  void theBookletIsSeveralA5PagesWithARunningFooter() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() >= 10, "pages: " + doc.getNumberOfPages());
      PDPage first = doc.getPage(0);
      assertEquals(148, Math.round(first.getMediaBox().getWidth() / 72 * 25.4));
      assertEquals(210, Math.round(first.getMediaBox().getHeight() / 72 * 25.4));
      assertTrue(text.contains("Page 3 of " + doc.getNumberOfPages()), "footer missing");
    }
  }

  @Test
  void theCoverNamesTheStudentThePlanAndTheDestinationInWords() {
    assertTrue(text.contains("Lê Thị Hồng Nhung"));
    assertTrue(text.contains("Working in another country"));
    assertTrue(text.contains("Singapore"));
  }

  @Test
  void theTimelineHoldsComputedDatesInOrder() {
    int timeline = text.indexOf("Your timeline", text.indexOf("Next steps") + 20);
    String part =
        text.substring(timeline, text.indexOf("\nContents\nYour timeline", timeline + 20));
    int notice = part.indexOf("Sat 6 Feb 2027"); // move-out 7 Apr − 60 days
    int immigration = part.indexOf("Thu 1 Apr 2027"); // graduation 18 Mar + 14 days
    int pension = part.indexOf("Mon 9 Apr 2029"); // departure + 2 years
    assertTrue(notice >= 0 && immigration > notice && pension > immigration, part);
  }

  @Test
  void wordsExtractExactlyWithNoBrokenLigatures() {
    for (String word : List.of("notification", "Office", "office", "fine", "Lê Thị Hồng Nhung")) {
      assertTrue(text.contains(word), "missing: " + word);
    }
    assertFalse(text.contains("Of ce"), "fi ligature broke the text layer");
    assertFalse(text.contains("noti cation"), "fi ligature broke the text layer");
  }

  @Test
  void everyWordWithALigatureInTheBookletExtractsWhole() {
    String xhtml =
        TestBooklets.xhtml(TestBooklets.get(), TestBooklets.sample(), TestBooklets.options());
    Matcher m = LIGATURE_WORD.matcher(Jsoup.parse(xhtml).body().text());
    Set<String> words = new TreeSet<>();
    while (m.find()) {
      words.add(m.group());
    }
    assertTrue(words.size() >= 10, "the sample has words with fi, fl and ff: " + words);
    List<String> missing = words.stream().filter(w -> !text.contains(w)).toList();
    assertEquals(List.of(), missing, "words the text layer does not give back whole");
  }

  @Test
  void everyFontIsEmbeddedAsASubset() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Set<String> names = new HashSet<>();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " not embedded");
          assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " not a subset");
          names.add(font.getName().substring(7));
        }
      }
      assertTrue(names.stream().anyMatch(n -> n.startsWith("NotoSans")), names.toString());
      assertTrue(names.stream().anyMatch(n -> n.startsWith("BIZUDPGothic")), names.toString());
    }
  }

  @Test
  void documentInformationLanguageAndBookmarksAreSet() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getDocumentInformation().getTitle().contains("Lê Thị Hồng Nhung"));
      assertEquals("Departure Booklet", doc.getDocumentInformation().getAuthor());
      assertFalse(doc.getDocumentInformation().getSubject().isBlank());
      assertEquals("en", doc.getDocumentCatalog().getLanguage());
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
        assertTrue(item.getDestination() != null || item.getAction() != null, item.getTitle());
      }
      assertEquals(
          List.of(
              "Your timeline",
              "Contents",
              "1 About two months before",
              "2 When you graduate",
              "3 Before you move out",
              "4 One visit to city hall",
              "5 Your last days in Japan",
              "6 At the airport",
              "7 After you leave",
              "Working abroad – pros and cons",
              "Four things to prepare",
              "Finding a job abroad",
              "Contacts to keep",
              "Notes",
              "Help and contacts"),
          bookmarks);
    }
  }

  /** Each procedure has a bookmark under its phase's that opens the page its heading is on. */
  @Test
  void eachProcedureHasABookmarkToItsPage() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      int count = 0;
      for (PDOutlineItem phase : doc.getDocumentCatalog().getDocumentOutline().children()) {
        for (PDOutlineItem step : phase.children()) {
          count++;
          int page = doc.getPages().indexOf(step.findDestinationPage(doc)) + 1;
          stripper.setStartPage(page);
          stripper.setEndPage(page);
          String title = step.getTitle().replaceFirst("^\\d+ ", "");
          assertTrue(
              stripper.getText(doc).contains(title), step.getTitle() + " not on page " + page);
        }
      }
      assertEquals(TestBooklets.get().content("en").procedures().size(), count);
    }
  }

  @Test
  void theComparisonTableHasItsEightRows() {
    Content content = TestBooklets.get().content("en");
    assertEquals(8, content.comparison().rows().size());
    String flat = text.replaceAll("\\s+", " ");
    content.comparison().rows().forEach(r -> assertTrue(flat.contains(r.item()), r.item()));
  }

  @Test
  void everyQrCodeIsVectorAndDecodesToExactlyItsClickableLink() throws Exception {
    Set<String> expected = expectedLinks();
    List<String> decoded = new ArrayList<>();
    Set<String> clickable = new HashSet<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        PDPage page = doc.getPage(i);
        for (var name : page.getResources().getXObjectNames()) {
          var xobject = page.getResources().getXObject(name);
          assertTrue(
              xobject instanceof PDFormXObject form
                  && new String(form.getContentStream().toByteArray(), StandardCharsets.US_ASCII)
                      .contains(" re"),
              "page " + (i + 1) + " holds an image: QR codes must be vector paths");
        }
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            clickable.add(uri.getURI());
          }
        }
        BufferedImage image = renderer.renderImageWithDPI(i, 200, ImageType.GRAY);
        decoded.addAll(decode(image));
      }
    }
    assertEquals(expected, new HashSet<>(decoded), "decoded QR codes");
    assertEquals(expected.size() + countDuplicateSources(), decoded.size(), "one code per link");
    assertTrue(clickable.containsAll(expected), "every QR link is clickable too");
  }

  private static long countDuplicateSources() {
    Content content = TestBooklets.get().content("en");
    List<String> sources = content.procedures().stream().flatMap(p -> p.source().stream()).toList();
    return sources.size() - new HashSet<>(sources).size();
  }

  @Test
  void qrModulesAreAtLeastHalfAMillimetre() {
    for (String url : expectedLinks()) {
      int modules = QrCodes.modules(url).length + 2 * QrCodes.QUIET_ZONE;
      double moduleMm = (double) Paper.A5.qrMm() / modules;
      assertTrue(moduleMm >= 0.5, url + ": module " + moduleMm + " mm");
    }
  }

  @Test
  void a4IsAvailableAndShorter() throws IOException {
    Booklets.Options a4 =
        new Booklets.Options(
            Paper.A4, Optional.empty(), TestBooklets.TODAY, TestBooklets.options().created());
    byte[] bytes = TestBooklets.pdf(TestBooklets.get(), TestBooklets.sample(), a4).pdf();
    try (PDDocument doc = Loader.loadPDF(bytes);
        PDDocument a5 = Loader.loadPDF(pdf)) {
      assertEquals(210, Math.round(doc.getPage(0).getMediaBox().getWidth() / 72 * 25.4));
      assertTrue(doc.getNumberOfPages() < a5.getNumberOfPages());
      assertTrue(new PDFTextStripper().getText(doc).contains("Thu 1 Apr 2027"));
    }
  }

  static List<String> decode(BufferedImage image) {
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    try {
      Result[] results =
          new QRCodeMultiReader()
              .decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
      return Stream.of(results).map(Result::getText).toList();
    } catch (NotFoundException e) {
      return List.of();
    }
  }
}
