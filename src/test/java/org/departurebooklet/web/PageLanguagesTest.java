package org.departurebooklet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PageLanguagesTest {

  private final PageLanguages languages = new PageLanguages(Set.of("en", "ja"));

  @Test
  void langParameterWinsThenAcceptLanguageThenEnglish() {
    assertEquals("ja", languages.pick("ja", "en-US"));
    assertEquals("ja", languages.pick("JA", null));
    assertEquals("ja", languages.pick(null, "ja-JP,ja;q=0.9,en-US;q=0.8"));
    assertEquals("ja", languages.pick("vi", "vi-VN,ja;q=0.5"));
    assertEquals("en", languages.pick(null, "en-GB,ja;q=0.5"));
    assertEquals("en", languages.pick(null, "fr"));
    assertEquals("en", languages.pick(null, "ja;q=0"));
    assertEquals("en", languages.pick(null, ";;;=q"));
    assertEquals("en", languages.pick(null, "x".repeat(1000)));
  }

  @Test
  void chineseAndKoreanBrowsersGetTheirPages() {
    PageLanguages five = new PageLanguages(Set.of("en", "ja", "vi", "zh", "ko"));
    assertEquals("zh", five.pick(null, "zh-CN,zh;q=0.9,en;q=0.8"));
    assertEquals("zh", five.pick(null, "zh-Hans"));
    assertEquals("zh", five.pick(null, "zh-Hans-CN"));
    assertEquals("zh", five.pick(null, "zh"));
    assertEquals(
        "zh",
        five.pick(null, "zh-TW,en;q=0.5"),
        "Traditional Chinese readers get the Simplified page");
    assertEquals("ko", five.pick(null, "ko-KR"));
    assertEquals("ko", five.pick(null, "ko-KR,ko;q=0.9,en-US;q=0.8"));
    assertEquals("ja", five.pick(null, "ja-JP,zh;q=0.5"));
    assertEquals("ko", five.pick("KO", "zh-CN"));
    assertEquals("en", languages.pick(null, "zh-CN"), "no Chinese page: English");
  }

  @Test
  void aNepaliBrowserGetsTheNepaliPage() {
    PageLanguages withNepali = new PageLanguages(Set.of("en", "ja", "vi", "ne"));
    assertEquals("ne", withNepali.pick(null, "ne-NP"));
    assertEquals("ne", withNepali.pick(null, "ne-NP,ne;q=0.9,en-US;q=0.8,en;q=0.7"));
    assertEquals("ne", withNepali.pick("ne", "ja-JP"));
  }
}
