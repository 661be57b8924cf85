package org.departurebooklet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.departurebooklet.content.AssetDirs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Simplified Chinese and Korean editions of {@link EditionsTest}'s student: each reads back in
 * its own language with dates in its own style, keeps the Japanese terms marked as Japanese, and
 * draws every character with a real glyph.
 */
class ChineseKoreanEditionsTest {

  static final Map<String, String> TEXT = new ConcurrentHashMap<>();
  static final Map<String, String> LANG = new ConcurrentHashMap<>();
  static final Map<String, Set<String>> FONTS = new ConcurrentHashMap<>();

  /** Characters drawn with a font's missing-glyph box (glyph 0), by edition. */
  static final Map<String, Set<String>> MISSING = new ConcurrentHashMap<>();

  @BeforeAll
  static void renderBothEditions() throws IOException {
    for (String lang : new String[] {"zh", "ko"}) {
      Booklets.Rendered rendered =
          TestBooklets.pdf(TestBooklets.get(), EditionsTest.STUDENT, EditionsTest.in(lang));
      assertTrue(rendered.pages() > 10, lang + ": " + rendered.pages() + " pages");
      try (PDDocument doc = Loader.loadPDF(rendered.pdf())) {
        GlyphCheck check = new GlyphCheck();
        TEXT.put(lang, check.getText(doc));
        LANG.put(lang, doc.getDocumentCatalog().getLanguage());
        FONTS.put(lang, check.fonts);
        MISSING.put(lang, check.missing);
      }
    }
  }

  /** Extracts the text and notes every font used and every character drawn as glyph 0. */
  private static final class GlyphCheck extends PDFTextStripper {
    final Set<String> fonts = new TreeSet<>();
    final Set<String> missing = new TreeSet<>();

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      for (TextPosition p : positions) {
        PDFont font = p.getFont();
        fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
        if (font instanceof PDType0Font type0) {
          for (int code : p.getCharacterCodes()) {
            if (type0.getDescendantFont().codeToGID(code) == 0) {
              missing.add(p.getUnicode());
            }
          }
        }
      }
      super.writeString(text, positions);
    }
  }

  /** The extracted text without spaces and line breaks. */
  static String joined(String lang) {
    return TEXT.get(lang).replaceAll("\\s+", "");
  }

  @Test
  void theDocumentLanguageIsTheEditions() {
    assertEquals("zh", LANG.get("zh"));
    assertEquals("ko", LANG.get("ko"));
  }

  @Test
  void theChineseEditionPrintsChineseHeadingsAndDates() {
    String zh = joined("zh");
    for (String heading :
        new String[] {"离开日本前的手续", "你的日程", "去一趟市区町村政府", "去海外工作的利与弊", "需要准备的四件事", "在海外找工作"}) {
      assertTrue(zh.contains(heading), heading);
    }
    assertTrue(zh.contains("2027年3月18日（周四）"), "graduation");
    assertTrue(zh.contains("2027年4月1日（周四）"), "immigration: graduation + 14 days");
    assertTrue(zh.contains("2027年4月9日（周五）"), "departure");
    assertTrue(zh.contains("2027年2月6日（周六）"), "apartment notice: move-out - 60 days");
    assertTrue(zh.contains("2029年4月9日（周一）"), "pension refund: departure + 2 years");
    assertTrue(zh.contains("2027年3月1日（周一）制作"), "the day the booklet was made");
    assertTrue(zh.contains("信息核对日期：2026年11月25日（周三）"), "the day the facts were checked");
    assertTrue(zh.contains("新加坡"), "destination in Chinese");
  }

  @Test
  void theKoreanEditionPrintsKoreanHeadingsAndDates() {
    String ko = TEXT.get("ko").replaceAll("\\s+", " ");
    for (String heading :
        new String[] {
          "일본을 떠나기 전에 할 일", "나의 일정", "시청·구청에 한 번 가기", "해외 취업의 장점과 단점", "준비해야 할 네 가지", "해외에서 일자리 찾기"
        }) {
      assertTrue(ko.contains(heading), heading);
    }
    String joined = joined("ko");
    assertTrue(joined.contains("2027년3월18일(목)"), "graduation");
    assertTrue(joined.contains("2027년4월1일(목)"), "immigration: graduation + 14 days");
    assertTrue(joined.contains("2027년4월9일(금)"), "departure");
    assertTrue(joined.contains("2029년4월9일(월)"), "pension refund: departure + 2 years");
    assertTrue(ko.contains("2027년 3월 1일(월) 작성"), "the day the booklet was made");
    assertTrue(joined.contains("싱가포르"), "destination in Korean");
  }

  @Test
  void bothKeepTheJapaneseTermsAndTheirReadings() {
    for (String lang : new String[] {"zh", "ko"}) {
      String text = joined(lang);
      assertTrue(text.contains("転出届"), lang + ": term");
      assertTrue(text.contains("tenshutsutodoke"), lang + ": reading");
      assertTrue(text.contains("届出書在中"), lang + ": Japanese inside the text");
    }
  }

  @Test
  void japaneseTermsAreMarkedAsJapaneseAndChineseTextIsNot() {
    String zh = TestBooklets.xhtml(TestBooklets.get(), EditionsTest.STUDENT, EditionsTest.in("zh"));
    String ja = "<span class=\"ja\" lang=\"ja\" xml:lang=\"ja\">";
    assertTrue(zh.contains("在信封上用红笔写上" + ja + "「届出書在中」</span>"), "zh: a quoted term only");
    assertTrue(zh.contains(ja + "「資格確認書」</span>"), "zh");
    assertTrue(zh.contains(ja + "転出届</span>"), "zh: the term to show at the counter");
    assertFalse(zh.contains(ja + "毕业"), "zh: Chinese text is not marked Japanese");
    String ko = TestBooklets.xhtml(TestBooklets.get(), EditionsTest.STUDENT, EditionsTest.in("ko"));
    assertTrue(ko.contains("봉투에 빨간 글씨로 " + ja + "届出書在中</span>이라고"), "ko");
    assertTrue(ko.contains("자격확인서(" + ja + "資格確認書</span>)"), "ko");
  }

  @Test
  void everyCharacterIsDrawnWithARealGlyphInTheEditionsFonts() {
    for (String lang : new String[] {"zh", "ko"}) {
      assertEquals(Set.of(), MISSING.get(lang), lang + ": drawn as a missing-glyph box");
      assertFalse(
          TEXT.get(lang).contains("#"),
          lang + ": OpenHTMLtoPDF prints # for a character no font has");
    }
    assertTrue(FONTS.get("zh").contains("WenQuanYiMicroHei"), FONTS.get("zh").toString());
    assertTrue(
        FONTS.get("ko").containsAll(List.of("NanumGothic", "NanumGothicBold")),
        FONTS.get("ko").toString());
  }

  /**
   * NanumGothic maps the control characters to its space glyph; the Korean text must still read
   * back with real spaces between words, from the trimmed fonts and from the full ones (a name in
   * hangul lies outside the trimmed repertoire).
   */
  @Test
  void koreanWordsAreSeparatedByRealSpacesInTheTextLayer() throws IOException {
    Booklets.Rendered full =
        TestBooklets.pdf(TestBooklets.get(), TestBooklets.student("김민준"), EditionsTest.in("ko"));
    try (PDDocument doc = Loader.loadPDF(full.pdf())) {
      for (String text : List.of(TEXT.get("ko"), new PDFTextStripper().getText(doc))) {
        assertTrue(text.contains("나의 일정"), "a space between two words");
        assertTrue(text.contains("2027년 4월 9일(금)"));
        assertEquals(-1, text.indexOf('\u0000'), "no U+0000 for a space");
        assertEquals(-1, text.indexOf('\r'), "no U+000D for a space");
      }
    }
  }

  /**
   * Chinese text cannot be told from a Japanese term by its script, so in the Chinese content every
   * Japanese term is quoted in 「」 (which marks it lang="ja"): no kana stands outside them.
   */
  @Test
  void theChineseContentQuotesEveryJapaneseTermInCornerBrackets() throws IOException {
    List<String> unquoted = new ArrayList<>();
    Path folder = AssetDirs.packaged().content().resolve("zh");
    try (var files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String outside = lines.get(i).replaceAll("「[^」]*」", "");
          if (!outside.strip().startsWith("#")
              && outside
                  .codePoints()
                  .anyMatch(
                      c ->
                          UnicodeScript.of(c) == UnicodeScript.HIRAGANA
                              || UnicodeScript.of(c) == UnicodeScript.KATAKANA)) {
            unquoted.add(file.getFileName() + " line " + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertEquals(List.of(), unquoted);
  }
}
