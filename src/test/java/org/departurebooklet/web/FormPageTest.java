package org.departurebooklet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.departurebooklet.model.FieldProblem;
import org.junit.jupiter.api.Test;

class FormPageTest {

  private final WebAssets assets = WebAssets.load(WebTesting.booklets().dirs().templates());

  @Test
  void thePageLanguageBecomesTheBookletLanguageWhenThatEditionExists() {
    FormPage withJapanese = new FormPage(assets, Set.of("en", "ja", "vi"), "en");
    assertEquals("ja", withJapanese.defaultBookletLanguage("ja"));
    assertTrue(withJapanese.blank("ja").contains("<option value=\"ja\" selected>日本語</option>"));
    assertTrue(withJapanese.blank("ja").contains("<option value=\"vi\" lang=\"vi\">Tiếng Việt</option>"));
    FormPage englishOnly = new FormPage(assets, Set.of("en"), "en");
    assertEquals("en", englishOnly.defaultBookletLanguage("ja"));
  }

  @Test
  void everyPageLanguageHasEveryKeyAndTheFirstBadFieldGetsTheFocus() {
    assertEquals(Set.of("en", "ja", "vi", "zh", "ko", "ne"), assets.texts().keySet());
    FormPage page = new FormPage(assets, Set.of("en"), "en");
    FormView view = page.view("en", Map.of("paper", "b5"),
        List.of(new FieldProblem("paper", "b5", "is not a paper size"),
            new FieldProblem("departure_date", "", "is missing")), false);
    assertEquals("(2) Your departure booklet", view.title());
    assertEquals("departure_date", view.errors().get(0).target(), "summary in page order");
    assertTrue(view.textInputs().get(2).field().autofocus());
    assertEquals("paper-a5", view.errors().get(1).target(), "a radio group links to a radio");
  }

  @Test
  void theFormNamesTheSchoolWhenOneIsGivenAndEscapesIt() {
    FormPage page = new FormPage(assets, Set.of("en"), "en", java.util.Optional.of(
        new org.departurebooklet.model.School("Sakura <College>", java.util.Optional.empty())));
    assertTrue(page.blank("en").contains("<p class=\"school\">Sakura &lt;College&gt;</p>"));
    assertTrue(!new FormPage(assets, Set.of("en"), "en").blank("en").contains("class=\"school\""));
  }

  @Test
  void theJapanesePageExplainsEachProblemInJapanese() {
    FormPage page = new FormPage(assets, Set.of("en", "ja"), "en");
    FormView view = page.view("ja", Map.of("graduation_date", "2027-02-30"),
        List.of(new FieldProblem("graduation_date", "2027-02-30", "is not a real date (use YYYY-MM-DD)",
            FieldProblem.Kind.NOT_A_REAL_DATE)), false);
    String message = view.errors().get(0).message();
    assertTrue(message.contains("「2027-02-30」という日付はありません"), message);
    FormView english = page.view("en", Map.of("graduation_date", "2027-02-30"),
        List.of(new FieldProblem("graduation_date", "2027-02-30", "is not a real date (use YYYY-MM-DD)",
            FieldProblem.Kind.NOT_A_REAL_DATE)), false);
    assertTrue(english.errors().get(0).message().contains("there is no date \"2027-02-30\"; write it like 2027-03-18"),
        english.errors().get(0).message());
  }

  @Test
  void theVietnamesePageIsInVietnameseAndMakesAVietnameseBooklet() {
    FormPage page = new FormPage(assets, Set.of("en", "ja", "vi"), "en");
    assertEquals("vi", page.defaultBookletLanguage("vi"));
    String html = page.blank("vi");
    assertTrue(html.contains("<html lang=\"vi\""), "the page says its language");
    assertTrue(html.contains("Ngày tốt nghiệp"), "labels in Vietnamese");
    assertTrue(html.contains("<option value=\"vi\" selected>Tiếng Việt</option>"), html);
    FormView view = page.view("vi", Map.of("graduation_date", "2027-02-30"),
        List.of(new FieldProblem("graduation_date", "2027-02-30", "is not a real date (use YYYY-MM-DD)",
            FieldProblem.Kind.NOT_A_REAL_DATE)), false);
    String message = view.errors().get(0).message();
    assertTrue(message.contains("không có ngày \"2027-02-30\""), message);
  }

  @Test
  void theChineseAndKoreanPagesExplainEachProblemInTheirLanguage() {
    FormPage page = new FormPage(assets, Set.of("en", "ja", "vi", "zh", "ko"), "en");
    Map<String, String> expected = Map.of("zh", "没有“2027-02-30”这个日期", "ko", "'2027-02-30'(이)라는 날짜는 없습니다");
    expected.forEach((lang, text) -> {
      assertEquals(lang, page.defaultBookletLanguage(lang));
      FormView view = page.view(lang, Map.of("graduation_date", "2027-02-30"),
          List.of(new FieldProblem("graduation_date", "2027-02-30", "is not a real date (use YYYY-MM-DD)",
              FieldProblem.Kind.NOT_A_REAL_DATE)), false);
      String message = view.errors().get(0).message();
      assertTrue(message.contains(text), message);
    });
    assertTrue(page.blank("zh").contains("毕业日期"), "labels in Chinese");
    assertTrue(page.blank("ko").contains("졸업일"), "labels in Korean");
  }

  @Test
  void everySuggestedCountryReadsBackAsItsOwnCodeAndJapanIsNotSuggested() {
    Countries countries = new FormPage(assets, Set.of("en"), "en").countries();
    for (String lang : assets.texts().keySet()) {
      List<String> names = countries.suggestions(lang);
      assertEquals(java.util.Locale.getISOCountries().length - 1, names.size(), lang);
      for (String name : names) {
        String code = countries.code(name, lang).orElseThrow(() -> new AssertionError(name));
        assertEquals(name, countries.name(code, lang), lang + " " + name);
      }
      assertTrue(!names.contains(countries.name(Countries.JAPAN, lang)), lang);
    }
    assertEquals(java.util.Optional.of("MM"), countries.code(" myanmar ", "en"), "without the bracketed part");
    assertEquals(java.util.Optional.of("MM"), countries.code("ミャンマー", "en"));
  }
}
