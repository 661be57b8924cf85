package org.departurebooklet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.departurebooklet.model.FieldProblem;
import org.departurebooklet.model.School;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FormPageTest {

  private final WebAssets assets = WebAssets.load(WebTesting.booklets().dirs().templates());

  @Test
  void thePageLanguageBecomesTheBookletLanguageWhenThatEditionExists() {
    FormPage withJapanese = new FormPage(assets, Set.of("en", "ja", "vi"), "en");
    assertEquals("ja", withJapanese.defaultBookletLanguage("ja"));
    Document japanese = Jsoup.parse(withJapanese.blank("ja"));
    assertEquals("ja", selectedLanguage(japanese).val());
    assertEquals("日本語", selectedLanguage(japanese).text());
    Element vietnamese = japanese.selectFirst("select#language option[value=vi]");
    assertEquals("Tiếng Việt", vietnamese.text());
    assertEquals("vi", vietnamese.attr("lang"), "named in its own language");
    FormPage englishOnly = new FormPage(assets, Set.of("en"), "en");
    assertEquals("en", englishOnly.defaultBookletLanguage("ja"));
  }

  @Test
  void everyPageLanguageHasEveryKeyAndTheFirstBadFieldGetsTheFocus() {
    assertEquals(Set.of("en", "ja", "vi", "zh", "ko", "ne"), assets.texts().keySet());
    FormPage page = new FormPage(assets, Set.of("en"), "en");
    FormView view =
        page.view(
            "en",
            Map.of("paper", "b5"),
            List.of(
                new FieldProblem("paper", "b5", "is not a paper size"),
                new FieldProblem("departure_date", "", "is missing")),
            false);
    assertEquals("(2) Your departure booklet", view.title());
    assertEquals("departure_date", view.errors().get(0).target(), "summary in page order");
    assertTrue(view.textInputs().get(2).field().autofocus());
    assertEquals("paper-a5", view.errors().get(1).target(), "a radio group links to a radio");
  }

  @Test
  void theFormNamesTheSchoolWhenOneIsGivenAndEscapesIt() {
    FormPage page =
        new FormPage(
            assets,
            Set.of("en"),
            "en",
            Optional.of(new School("Sakura <College>", Optional.empty())));
    assertEquals("Sakura <College>", Jsoup.parse(page.blank("en")).selectFirst("p.school").text());
    assertNull(
        Jsoup.parse(new FormPage(assets, Set.of("en"), "en").blank("en")).selectFirst(".school"));
  }

  @Test
  void theJapanesePageExplainsEachProblemInJapanese() {
    FormPage page = new FormPage(assets, Set.of("en", "ja"), "en");
    FormView view =
        page.view(
            "ja",
            Map.of("graduation_date", "2027-02-30"),
            List.of(
                new FieldProblem(
                    "graduation_date",
                    "2027-02-30",
                    "is not a real date (use YYYY-MM-DD)",
                    FieldProblem.Kind.NOT_A_REAL_DATE)),
            false);
    String message = view.errors().get(0).message();
    assertTrue(message.contains("「2027-02-30」という日付はありません"), message);
    FormView english =
        page.view(
            "en",
            Map.of("graduation_date", "2027-02-30"),
            List.of(
                new FieldProblem(
                    "graduation_date",
                    "2027-02-30",
                    "is not a real date (use YYYY-MM-DD)",
                    FieldProblem.Kind.NOT_A_REAL_DATE)),
            false);
    assertTrue(
        english
            .errors()
            .get(0)
            .message()
            .contains("there is no date \"2027-02-30\"; write it like 2027-03-18"),
        english.errors().get(0).message());
  }

  @Test
  void theVietnamesePageIsInVietnameseAndMakesAVietnameseBooklet() {
    FormPage page = new FormPage(assets, Set.of("en", "ja", "vi"), "en");
    assertEquals("vi", page.defaultBookletLanguage("vi"));
    Document html = Jsoup.parse(page.blank("vi"));
    assertEquals("vi", html.selectFirst("html").attr("lang"), "the page says its language");
    assertTrue(
        html.selectFirst("label[for=graduation_date]").text().contains("Ngày tốt nghiệp"),
        "labels in Vietnamese");
    assertEquals("vi", selectedLanguage(html).val());
    assertEquals("Tiếng Việt", selectedLanguage(html).text());
    FormView view =
        page.view(
            "vi",
            Map.of("graduation_date", "2027-02-30"),
            List.of(
                new FieldProblem(
                    "graduation_date",
                    "2027-02-30",
                    "is not a real date (use YYYY-MM-DD)",
                    FieldProblem.Kind.NOT_A_REAL_DATE)),
            false);
    String message = view.errors().get(0).message();
    assertTrue(message.contains("không có ngày \"2027-02-30\""), message);
  }

  @Test
  void theChineseAndKoreanPagesExplainEachProblemInTheirLanguage() {
    FormPage page = new FormPage(assets, Set.of("en", "ja", "vi", "zh", "ko"), "en");
    Map<String, String> expected =
        Map.of("zh", "没有“2027-02-30”这个日期", "ko", "'2027-02-30'(이)라는 날짜는 없습니다");
    expected.forEach(
        (lang, text) -> {
          assertEquals(lang, page.defaultBookletLanguage(lang));
          FormView view =
              page.view(
                  lang,
                  Map.of("graduation_date", "2027-02-30"),
                  List.of(
                      new FieldProblem(
                          "graduation_date",
                          "2027-02-30",
                          "is not a real date (use YYYY-MM-DD)",
                          FieldProblem.Kind.NOT_A_REAL_DATE)),
                  false);
          String message = view.errors().get(0).message();
          assertTrue(message.contains(text), message);
        });
    assertTrue(graduationLabel(page, "zh").contains("毕业日期"), "labels in Chinese");
    assertTrue(graduationLabel(page, "ko").contains("졸업일"), "labels in Korean");
  }

  @Test
  void everySuggestedCountryReadsBackAsItsOwnCodeAndJapanIsNotSuggested() {
    Countries countries = new FormPage(assets, Set.of("en"), "en").countries();
    for (String lang : assets.texts().keySet()) {
      List<String> names = countries.suggestions(lang);
      assertEquals(Locale.getISOCountries().length - 1, names.size(), lang);
      for (String name : names) {
        String code = countries.code(name, lang).orElseThrow(() -> new AssertionError(name));
        assertEquals(name, countries.name(code, lang), lang + " " + name);
      }
      assertTrue(!names.contains(countries.name(Countries.JAPAN, lang)), lang);
    }
    assertEquals(
        Optional.of("MM"), countries.code(" myanmar ", "en"), "without the bracketed part");
    assertEquals(Optional.of("MM"), countries.code("ミャンマー", "en"));
  }

  /** The booklet language chosen when the page opens. */
  private static Element selectedLanguage(Document page) {
    return page.selectFirst("select#language option[selected]");
  }

  private static String graduationLabel(FormPage page, String lang) {
    return Jsoup.parse(page.blank(lang)).selectFirst("label[for=graduation_date]").text();
  }
}
