package org.departurebooklet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a student types as the next country, read back as its code. */
class CountriesTest {

  private final Countries countries = new Countries(Set.of("en", "ja", "vi", "zh", "ko", "ne"));

  @Test
  void namesAreReadAsStudentsWriteThem() {
    Map<String, String> typed =
        Map.ofEntries(
            Map.entry("viet nam", "VN"),
            Map.entry("Viet Nam", "VN"),
            Map.entry("Việt Nam", "VN"),
            Map.entry("ベトナム", "VN"),
            Map.entry(" vn ", "VN"),
            Map.entry("Hong Kong", "HK"),
            Map.entry("香港", "HK"),
            Map.entry("Hồng Kông", "HK"),
            Map.entry("Cote d'Ivoire", "CI"),
            Map.entry("Côte d'Ivoire", "CI"),
            Map.entry("USA", "US"),
            Map.entry("UK", "GB"),
            Map.entry("Korea", "KR"),
            Map.entry("Burma", "MM"),
            Map.entry("Türkiye", "TR"),
            Map.entry("Czech Republic", "CZ"),
            Map.entry("Bosnia and Herzegovina", "BA"),
            Map.entry("Saint Lucia", "LC"),
            Map.entry("Macau", "MO"),
            Map.entry("Palestine", "PS"),
            Map.entry("Myanmar", "MM"),
            Map.entry("ＳＧ", "SG"),
            Map.entry("Japan", "JP"),
            Map.entry("日本", "JP"));
    typed.forEach(
        (text, code) -> assertEquals(Optional.of(code), countries.code(text, "en"), text));
    assertEquals(Optional.empty(), countries.code("Atlantis", "en"));
    assertEquals(
        Optional.of("AT"), countries.code("Áo", "vi"), "Austria in Vietnamese, not the code AO");
    assertEquals(Optional.of("AT"), countries.code("Áo", "en"));
    assertEquals(Optional.of("AO"), countries.code("ao", "en"));
    assertEquals(Optional.of("AO"), countries.code("AO", "vi"), "a code is a code on every page");
    assertEquals(Optional.of("BI"), countries.code("BI", "vi"), "not Bỉ (Belgium)");
    assertEquals(Optional.of("NP"), countries.code("नेपाल", "ne"));
    assertEquals(Optional.of("NP"), countries.code("नेपाल", "en"), "a name in any page language");
    assertEquals(
        Optional.of("TO"),
        countries.code("टोंगा", "ne"),
        "Tonga, not Togo (टोगो): vowel signs are letters");
    assertEquals(Optional.of("TG"), countries.code("टोगो", "ne"));
    for (String code : Locale.getISOCountries()) {
      for (String lang : Set.of("en", "ja", "vi", "zh", "ko", "ne")) {
        assertEquals(
            Optional.of(code), countries.code(code, lang), code + " on the " + lang + " page");
        assertEquals(
            Optional.of(code),
            countries.code(countries.name(code, lang), lang),
            code + " by its " + lang + " name");
      }
    }
    assertEquals(Optional.empty(), countries.code("", "en"));
  }

  @Test
  void chineseAndKoreanNamesAreReadOnEveryPage() {
    Map<String, String> typed =
        Map.ofEntries(
            Map.entry("韩国", "KR"),
            Map.entry("香港", "HK"),
            Map.entry("澳门", "MO"),
            Map.entry("台湾", "TW"),
            Map.entry("新加坡", "SG"),
            Map.entry("越南", "VN"),
            Map.entry("尼泊尔", "NP"),
            Map.entry("美国", "US"),
            Map.entry("한국", "KR"),
            Map.entry("대한민국", "KR"),
            Map.entry("홍콩", "HK"),
            Map.entry("마카오", "MO"),
            Map.entry("베트남", "VN"),
            Map.entry("싱가포르", "SG"),
            Map.entry("미국", "US"),
            Map.entry("중국", "CN"));
    for (String page : List.of("zh", "ko", "en")) {
      typed.forEach(
          (text, code) ->
              assertEquals(
                  Optional.of(code),
                  countries.code(text, page),
                  text + " on the " + page + " page"));
    }
    assertEquals("新加坡", countries.name("SG", "zh"));
    assertEquals("싱가포르", countries.name("SG", "ko"));
    assertTrue(countries.suggestions("zh").contains("中国"));
    assertFalse(countries.suggestions("ko").contains("일본"), "Japan is not suggested");
  }

  /** Comparing by letters only must never make two countries' names the same in one language. */
  @Test
  void noTwoCountriesShareAComparedName() {
    for (String lang : Set.of("en", "ja", "vi", "zh", "ko", "ne")) {
      Map<String, String> seen = new HashMap<>();
      for (String code : Locale.getISOCountries()) {
        String key = Countries.key(countries.name(code, lang));
        String other = seen.put(key, code);
        assertEquals(null, other, lang + ": " + code + " and " + other + " both read as " + key);
      }
    }
  }
}
