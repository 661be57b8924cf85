package org.departurebooklet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.Content;
import org.junit.jupiter.api.Test;

class LinksTest {

  @Test
  void anHttpsLinkOnTheServicesOwnHostPasses() {
    assertEquals(List.of(), Links.problems("https://jp.indeed.com/worldwide", "indeed.com"));
    assertEquals(List.of(), Links.problems("https://kamome.asia", "kamome.asia"));
  }

  @Test
  void aLinkUnderAServicesNameThatPointsElsewhereIsCaught() {
    List<String> problems =
        Links.problems("https://gemini.google.com/app/be36c85aa04aafff", "glassdoor.com");
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).contains("gemini.google.com, which does not belong to glassdoor.com"),
        problems.get(0));
  }

  @Test
  void aHostThatOnlyEndsWithTheNameDoesNotCount() {
    assertEquals(1, Links.problems("https://evilglassdoor.com/", "glassdoor.com").size());
  }

  @Test
  void trackingParametersAreCaughtByName() {
    List<String> problems =
        Links.problems(
            "https://www.reeracoen.co.th/ja/japandesk2?utm_source=google&gclid=x&gad_source=1&gbraid=y&page=2",
            "reeracoen.co.th");
    assertTrue(problems.stream().anyMatch(p -> p.contains("utm_source")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("gclid")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("gad_source")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("gbraid")), problems.toString());
    assertTrue(problems.stream().noneMatch(p -> p.contains("page")), problems.toString());
  }

  @Test
  void trackersOfOtherNetworksAndInTheFragmentAreCaught() {
    List<String> problems =
        Links.problems(
            "https://kamome.asia/?ttclid=1&li_fat_id=2&_hsenc=3#utm_source=x", "kamome.asia");
    for (String name : List.of("ttclid", "li_fat_id", "_hsenc", "utm_source")) {
      assertTrue(
          problems.stream().anyMatch(p -> p.contains("parameter " + name)), name + ": " + problems);
    }
    assertEquals(List.of(), Links.problems("https://kamome.asia/jobs#top", "kamome.asia"));
    for (String url :
        List.of(
            "https://kamome.asia/#?gclid=1",
            "https://kamome.asia/#/jobs?utm_source=x",
            "https://kamome.asia/?a=1;utm_source=2",
            "https://kamome.asia/?utm%5Fsource=x")) {
      assertEquals(1, Links.problems(url, "kamome.asia").size(), url);
    }
  }

  @Test
  void anExpectedHostMustBeADomainNotASuffix() {
    assertTrue(Links.problems("https://kamome.asia/", "asia").get(0).contains("not a host name"));
  }

  @Test
  void onlyHttpsIsAccepted() {
    for (String url :
        List.of(
            "http://kamome.asia",
            "javascript:alert(1)",
            "data:text/html,hi",
            "file:///etc/passwd")) {
      List<String> problems = Links.problems(url, "kamome.asia");
      assertTrue(problems.get(0).contains("must start with https://"), url + ": " + problems);
    }
  }

  @Test
  void theShippedContentHasNoBadLink() {
    // Loading checks every link of content/common.yaml; it throws on any problem.
    Content content = TestBooklets.get().content("en");
    content
        .services()
        .forEach(s -> assertEquals(List.of(), Links.problems(s.url(), s.host()), s.id()));
  }

  @Test
  void aLinkOfAtMost32CharactersAsPrintedIsTypable() {
    assertTrue(Links.typable("https://kamome.asia"));
    assertTrue(Links.typable("https://www.linkedin.com/"));
    assertTrue(Links.typable("https://studyinjapan.go.jp/en/faq/after"), "31 characters");
    assertFalse(Links.typable("https://faq.city.kobe.lg.jp/print/faq/136"), "33 characters");
    assertFalse(
        Links.typable(
            "https://www.nenkin.go.jp/service/jukyu/tetsuduki/sonota-kyufu/20140710.html"));
  }

  @Test
  void theSiteToTypeIsTheHostWithoutWww() {
    assertEquals(
        "nenkin.go.jp",
        Links.site("https://www.nenkin.go.jp/international/english/lumpsum/lumpsum.html"));
    assertEquals("faq.city.kobe.lg.jp", Links.site("https://faq.city.kobe.lg.jp/print/faq/136"));
    assertEquals("", Links.site("not a link"));
  }
}
