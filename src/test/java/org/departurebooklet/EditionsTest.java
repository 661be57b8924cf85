package org.departurebooklet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.departurebooklet.model.Plan;
import org.departurebooklet.model.Student;
import org.departurebooklet.view.Paper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The English, Japanese and Vietnamese editions of the same student: each renders, reads back in
 * its own language with dates in its own style, and says which language it is in.
 */
class EditionsTest {

  static Booklets booklets;
  static final Map<String, String> TEXT = new ConcurrentHashMap<>();
  static final Map<String, String> LANG = new ConcurrentHashMap<>();

  /** Graduates Thu 18 Mar 2027, moves out Wed 7 Apr, leaves Fri 9 Apr 2027. */
  static final Student STUDENT =
      new Student(
          "Lê Thị Hồng Nhung",
          Optional.of("S2027-0042"),
          LocalDate.of(2027, 3, 18),
          LocalDate.of(2027, 4, 9),
          LocalDate.of(2027, 4, 7),
          Plan.WORK_ABROAD,
          "SG",
          Optional.empty(),
          Optional.empty());

  static Booklets.Options in(String lang) {
    LocalDate today = LocalDate.of(2027, 3, 1);
    return new Booklets.Options(
        Paper.A5, Optional.of(lang), today, today.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  @BeforeAll
  static void renderTheThreeEditions() throws IOException {
    booklets = Booklets.packaged();
    for (String lang : new String[] {"en", "ja", "vi"}) {
      Booklets.Rendered rendered = TestBooklets.pdf(booklets, STUDENT, in(lang));
      assertTrue(rendered.pages() > 10, lang + ": " + rendered.pages() + " pages");
      try (PDDocument doc = Loader.loadPDF(rendered.pdf())) {
        TEXT.put(lang, new PDFTextStripper().getText(doc));
        LANG.put(lang, doc.getDocumentCatalog().getLanguage());
      }
    }
  }

  /** The extracted text with line breaks and spaces removed, as Japanese is read. */
  static String joined(String lang) {
    return TEXT.get(lang).replaceAll("\\s+", "");
  }

  @Test
  void theDocumentLanguageIsTheEditions() {
    assertEquals("en", LANG.get("en"));
    assertEquals("ja", LANG.get("ja"));
    assertEquals("vi", LANG.get("vi"));
  }

  @Test
  void theJapaneseEditionPrintsJapaneseHeadingsAndDates() {
    String ja = joined("ja");
    for (String heading :
        new String[] {
          "日本を離れるときの手続き",
          "手続きのスケジュール",
          "役所での手続き（1回でまとめて）",
          "海外で働くメリットとデメリット",
          "準備しておきたい4つのこと",
          "海外での仕事の探し方"
        }) {
      assertTrue(ja.contains(heading), heading);
    }
    assertTrue(ja.contains("2027年3月18日（木）"), "graduation");
    assertTrue(ja.contains("2027年4月1日（木）"), "immigration: graduation + 14 days");
    assertTrue(ja.contains("2027年4月9日（金）"), "departure");
    assertTrue(ja.contains("2027年2月6日（土）"), "apartment notice: move-out - 60 days");
    assertTrue(ja.contains("2029年4月9日（月）"), "pension refund: departure + 2 years");
    assertTrue(ja.contains("2027年3月1日（月）作成"), "the day the booklet was made");
    assertTrue(ja.contains("情報の確認日：2026年11月25日（水）"), "the day the facts were checked");
    assertTrue(ja.contains("シンガポール"), "destination in Japanese");
  }

  @Test
  void theVietnameseEditionPrintsVietnameseHeadingsAndDates() {
    String vi = TEXT.get("vi");
    for (String heading :
        new String[] {
          "Rời Nhật Bản",
          "Lịch trình của bạn",
          "Một lần đến tòa thị chính",
          "Bốn điều cần chuẩn bị",
          "Tìm việc ở nước ngoài"
        }) {
      assertTrue(vi.contains(heading), heading);
    }
    String oneLine = vi.replaceAll("\\s+", " ");
    assertTrue(oneLine.contains("Thứ Năm, 18/3/2027"), "graduation");
    assertTrue(oneLine.contains("Thứ Năm, 1/4/2027"), "immigration: graduation + 14 days");
    assertTrue(oneLine.contains("Thứ Sáu, 9/4/2027"), "departure");
    assertTrue(oneLine.contains("Thứ Hai, 9/4/2029"), "pension refund: departure + 2 years");
  }

  @Test
  void theVietnameseEditionKeepsTheJapaneseTermsToShowAtTheCounter() {
    String vi = joined("vi");
    assertTrue(vi.contains("転出届"), "term");
    assertTrue(vi.contains("tenshutsutodoke"), "reading");
    assertTrue(vi.contains("届出書在中"), "Japanese inside Vietnamese text");
  }

  @Test
  void theEnglishEditionIsUnchangedInItsDates() {
    String en = TEXT.get("en").replaceAll("\\s+", " ");
    assertTrue(en.contains("Fri 9 Apr 2027"), "departure");
    assertTrue(en.contains("Leaving Japan"), "title");
  }

  @Test
  void japaneseInsideEnglishAndVietnameseTextIsMarkedAsJapanese() {
    for (String lang : new String[] {"en", "vi"}) {
      String xhtml = TestBooklets.xhtml(booklets, STUDENT, in(lang));
      assertTrue(
          xhtml.contains("<span class=\"ja\" lang=\"ja\" xml:lang=\"ja\">届出書在中</span>"), lang);
      assertTrue(
          xhtml.contains("<span class=\"ja\" lang=\"ja\" xml:lang=\"ja\">資格確認書</span>"), lang);
    }
  }

  @Test
  void theJapaneseEditionNeedsNoLanguageSpansOrReadings() {
    String xhtml = TestBooklets.xhtml(booklets, STUDENT, in("ja"));
    assertTrue(
        xhtml.contains(
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ja\" xml:lang=\"ja\">"));
    assertFalse(xhtml.contains(">届出書在中</span>"), "no span around Japanese in the Japanese edition");
    assertFalse(xhtml.contains("tenshutsu todoke"), "no romanized reading for Japanese readers");
  }

  @Test
  void theLangFlagWinsOverTheStudentsLanguage() {
    Student wantsVietnamese =
        new Student(
            "Tran Bao Ngoc",
            Optional.empty(),
            LocalDate.of(2027, 3, 18),
            LocalDate.of(2027, 4, 9),
            null,
            Plan.RETURN_HOME,
            "VN",
            Optional.of("vi"),
            Optional.empty());
    assertEquals(
        "vi",
        booklets
            .check(wantsVietnamese, Booklets.Options.defaults(LocalDate.of(2027, 3, 1)))
            .orElseThrow("test")
            .language());
    assertEquals("ja", booklets.check(wantsVietnamese, in("ja")).orElseThrow("test").language());
  }
}
