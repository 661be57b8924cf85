package org.departurebooklet.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Collectors;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.Content;
import org.junit.jupiter.api.Test;

/** The address printed under a QR code, as a student without a camera types it. */
class AddressesTest {

  private static final String PENSION_EN =
      "https://www.nenkin.go.jp/international/english/lumpsum/lumpsum.html";
  private static final String PENSION_JA =
      "https://www.nenkin.go.jp/service/jukyu/tetsuduki/sonota-kyufu/20140710.html";
  private static final String KOBE = "https://faq.city.kobe.lg.jp/print/faq/136";

  /** The pieces written out: kept ones in [brackets], Japanese runs in {braces}. */
  private static String pieces(Addresses.Address address) {
    return address.parts().stream()
        .map(
            part -> {
              String text =
                  part.text().runs().stream()
                      .map(r -> r.lang() == null ? r.text() : "{" + r.text() + "}")
                      .collect(Collectors.joining());
              return part.keep() ? "[" + text + "]" : text;
            })
        .collect(Collectors.joining());
  }

  private static String format(String language) {
    return TestBooklets.get().content(language).strings().qrSearch();
  }

  @Test
  void aShortLinkIsPrintedAsItIsEvenWithWords() {
    Addresses.Address kamome =
        Addresses.of("https://kamome.asia", Optional.of("jobs"), format("en"), "en");
    assertEquals("kamome.asia", kamome.display());
    assertEquals("kamome.asia", pieces(kamome));
    assertEquals(
        "www.linkedin.com",
        Addresses.of("https://www.linkedin.com/", Optional.empty(), format("en"), "en").display());
  }

  @Test
  void aLongLinkIsItsSiteWithoutWwwAndTheWordsToSearchForThere() {
    Addresses.Address pension =
        Addresses.of(PENSION_EN, Optional.of("lump-sum withdrawal"), format("en"), "en");
    assertEquals("nenkin.go.jp › search “lump-sum withdrawal”", pension.display());
    assertEquals(
        "[nenkin.go.jp] › search [“lump-sum withdrawal”]",
        pieces(pension),
        "the site and the quoted words never break; the line may break at the spaces between");
  }

  @Test
  void inJapaneseTheParticlesAndBracketsStayWithTheWords() {
    Addresses.Address pension = Addresses.of(PENSION_JA, Optional.of("脱退一時金"), format("ja"), "ja");
    assertEquals("nenkin.go.jp で「脱退一時金」を検索", pension.display());
    assertEquals(
        "[nenkin.go.jp] [で「脱退一時金」を検索]", pieces(pension), "one plain run: the edition is Japanese");
  }

  @Test
  void inKoreanTheParticleStaysWithTheSite() {
    Addresses.Address pension =
        Addresses.of(PENSION_EN, Optional.of("lump-sum withdrawal"), format("ko"), "ko");
    assertEquals("[nenkin.go.jp에서] [“lump-sum withdrawal”] 검색", pieces(pension));
  }

  @Test
  void aJapaneseTermAmongTheWordsIsMarkedJapaneseInOtherEditions() {
    assertEquals(
        "[faq.city.kobe.lg.jp] › search [“{国外転出}”]",
        pieces(Addresses.of(KOBE, Optional.of("国外転出"), format("en"), "en")));
    assertEquals(
        "[faq.city.kobe.lg.jp] मा [“{国外転出}”] खोज्नुहोस्",
        pieces(Addresses.of(KOBE, Optional.of("国外転出"), format("ne"), "ne")));
    assertEquals(
        "在 [faq.city.kobe.lg.jp] [搜索：{「国外転出」}]",
        pieces(Addresses.of(KOBE, Optional.of("「国外転出」"), format("zh"), "zh")),
        "in Chinese a Japanese term is quoted in corner brackets, which mark it");
    assertEquals(
        "在 [nenkin.go.jp] [搜索：lump-sum withdrawal]",
        pieces(Addresses.of(PENSION_EN, Optional.of("lump-sum withdrawal"), format("zh"), "zh")));
  }

  @Test
  void aLongLinkWithoutWordsIsPrintedWholeToBreakAfterASlash() {
    Addresses.Address page =
        Addresses.of(
            "https://www.sakura.example.ac.jp/international/leaving-japan/",
            Optional.empty(),
            format("en"),
            "en");
    assertEquals("www.sakura.example.ac.jp/international/leaving-japan", pieces(page));
  }

  @Test
  void theQrCodeAndItsAltTextKeepTheFullLink() {
    Content content = TestBooklets.get().content("en");
    BookletView.Link link =
        BookletViews.link(
            content, PENSION_EN, "Claim your pension refund", Optional.of("lump-sum withdrawal"));
    assertEquals(PENSION_EN, link.url());
    assertEquals("QR code linking to Claim your pension refund: " + PENSION_EN, link.alt());
    assertEquals("nenkin.go.jp › search “lump-sum withdrawal”", link.display());
  }
}
