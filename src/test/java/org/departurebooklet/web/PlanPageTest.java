package org.departurebooklet.web;

import static org.departurebooklet.web.WebTesting.booklets;
import static org.departurebooklet.web.WebTesting.client;
import static org.departurebooklet.web.WebTesting.encode;
import static org.departurebooklet.web.WebTesting.hiddenFields;
import static org.departurebooklet.web.WebTesting.page;
import static org.departurebooklet.web.WebTesting.post;
import static org.departurebooklet.web.WebTesting.send;
import static org.departurebooklet.web.WebTesting.text;
import static org.departurebooklet.web.WebTesting.validForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /plan} over real HTTP, read back with jsoup: the student's next steps and timeline in
 * words a screen reader can read, and two forms that send the answers on to the downloads. The
 * server's clock stands at {@link WebTesting#TODAY}, 25 Nov 2026.
 */
class PlanPageTest {

  private static BookletServer server;
  private static final HttpClient CLIENT = client();

  @BeforeAll
  static void start() {
    server = BookletServer.start(booklets(), WebTesting.settings(2, Duration.ofSeconds(60)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The sample student leaving on Sunday 4 April 2027, out of the flat the same day. */
  static Map<String, String> sundayDeparture(String name) {
    Map<String, String> form = validForm(name);
    form.put("departure_date", "2027-04-04");
    form.put("move_out_date", "");
    return form;
  }

  private static HttpResponse<byte[]> plan(String query, Map<String, String> form)
      throws Exception {
    return send(CLIENT, post(server, "/plan" + query, encode(form)));
  }

  private static Document planPage(String query, Map<String, String> form) throws Exception {
    HttpResponse<byte[]> r = plan(query, form);
    assertEquals(200, r.statusCode(), () -> text(r.body()));
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    return page(r.body());
  }

  private static Element row(Document page, String procedure) {
    Element row = page.getElementById("step-" + procedure);
    assertTrue(row != null && row.tagName().equals("tr"), "no timeline row for " + procedure);
    return row;
  }

  @Test
  void thePlanPageNamesTheStudentAndListsEveryStepInATableWithHeaders() throws Exception {
    Document page = planPage("", sundayDeparture("Lê Thị Hồng Nhung"));
    assertEquals("en", page.selectFirst("html").attr("lang"));
    assertEquals("Departure plan for Lê Thị Hồng Nhung", page.selectFirst("h1").text());
    assertEquals("Departure plan for Lê Thị Hồng Nhung", page.title());
    assertEquals("Today, Wed 25 Nov 2026", page.selectFirst("p.today").text());

    Element table = page.selectFirst("table");
    assertFalse(table.select("caption").text().isBlank(), "the table says what it holds");
    assertEquals(
        List.of("Step", "Due", "What to do", "Status", "Can be done", "Notes"),
        table.select("thead th[scope=col]").eachText());
    Elements steps = table.select("tbody tr[id^=step-]");
    assertEquals(
        booklets().content("en").procedures().size(), steps.size(), "one row per step of the plan");
    for (int i = 0; i < steps.size(); i++) {
      Element step = steps.get(i);
      assertEquals(Integer.toString(i + 1), step.selectFirst("td.number").text(), "in plan order");
      assertFalse(step.select("th[scope=row]").text().isBlank(), "each row is named by its step");
      assertTrue(step.selectFirst("td.due time").attr("datetime").matches("\\d{4}-\\d{2}-\\d{2}"));
    }
    assertEquals(
        "Today, Wed 25 Nov 2026", table.selectFirst("tr.today").text(), "where today falls");
    assertTrue(
        table.selectFirst("tbody").attr("lang").isEmpty(), "the booklet is in the page's language");
  }

  @Test
  void aSundayDepartureShowsTheFridayAndWhyTheDayMoved() throws Exception {
    Document page = planPage("", sundayDeparture("Lê Thị Hồng Nhung"));
    Element movingOut = row(page, "moving-out");
    assertEquals("2027-04-02", movingOut.selectFirst("td.due time").attr("datetime"));
    assertEquals("Fri 2 Apr 2027", movingOut.selectFirst("td.due").text());
    assertTrue(
        movingOut
            .select("td.notes li")
            .eachText()
            .contains("4 Apr → by 2 Apr: city hall closed at weekends"),
        movingOut.select("td.notes").text());
    assertTrue(
        movingOut.select("td.notes li").eachText().contains("Best day: 26 Mar"),
        "the day to aim for");
    assertEquals("Sun 21 Mar 2027 – Fri 2 Apr 2027", movingOut.selectFirst("td.window").text());
    Element mail = row(page, "mail-forwarding");
    assertEquals("Sun 4 Apr 2027", mail.selectFirst("td.due").text(), "online keeps its legal day");
    assertTrue(
        mail.select("td.notes li").eachText().contains("Online by 4 Apr; at the counter by 2 Apr"));
  }

  @Test
  void anOverdueStepIsMarkedInWordsInTheTimelineAndTheNextSteps() throws Exception {
    Map<String, String> form = validForm("Priya Raman");
    form.put("graduation_date", "2026-11-02");
    form.put("departure_date", "2026-12-20");
    form.put("move_out_date", "2026-12-18");
    Document page = planPage("", form);
    Element immigration = row(page, "immigration");
    assertEquals(
        "Overdue", immigration.selectFirst("td.status").text(), "the mark is a word, not a colour");
    assertTrue(
        immigration
            .select("td.notes li.conflict")
            .text()
            .contains("The last day was Mon 16 Nov 2026: do it as soon as you can"),
        immigration.text());
    assertFalse(
        page.select("p.overdue-hint").text().isBlank(), "the page says what to do about it");

    Element next = page.selectFirst("section.next");
    assertEquals("Next steps", next.selectFirst("h2").text());
    Element first = next.selectFirst("li:has(a[href=#step-immigration])");
    assertTrue(
        first.text().contains("Mon 16 Nov 2026") && first.text().contains("Overdue"), first.text());
    int todayAt = page.select("tbody tr").indexOf(page.selectFirst("tr.today"));
    int immigrationAt = page.select("tbody tr").indexOf(immigration);
    assertTrue(immigrationAt < todayAt, "the overdue step comes before today's line");
  }

  @Test
  void whenNothingIsDueThisWeekTheNextThreeDeadlinesAreListed() throws Exception {
    Element next = planPage("", sundayDeparture("Lê Thị Hồng Nhung")).selectFirst("section.next");
    assertEquals("Nothing needs you this week. Your next deadlines:", next.selectFirst("p").text());
    assertEquals(3, next.select("li").size());
    assertEquals(
        "#step-apartment-notice", next.selectFirst("li a").attr("href"), "each links to its row");
  }

  @Test
  void afterTheDepartureThePageLeadsWithWhatCanStillBeDoneFromAbroad() throws Exception {
    Map<String, String> form = validForm("Priya Raman");
    form.put("graduation_date", "2026-09-15");
    form.put("departure_date", "2026-10-01");
    form.put("move_out_date", "");
    Document page = planPage("", form);
    Element next = page.selectFirst("section.next");
    assertEquals("What you can still do from abroad", next.selectFirst("h2").text());
    assertTrue(next.select("a").eachAttr("href").contains("#step-pension-refund"), next.text());
    assertEquals("Too late", row(page, "bank").selectFirst("td.status").text());
  }

  @Test
  void aJapanesePageWithAnEnglishBookletMarksWhereTheLanguageChanges() throws Exception {
    Map<String, String> form = sundayDeparture("山田 花子");
    form.put("destination", "ベトナム");
    Document page = planPage("?lang=ja", form);
    assertEquals("ja", page.selectFirst("html").attr("lang"));
    assertEquals("山田 花子さんの出国までの手続き", page.selectFirst("h1").text());
    assertEquals("手続きの一覧", page.selectFirst("#timeline-title").text());
    assertEquals("締め切り", page.select("thead th").get(1).text());
    assertEquals("en", page.selectFirst("tbody").attr("lang"), "the plan is the English booklet's");
    assertEquals("en", page.selectFirst("ul.next-list").attr("lang"));
    assertEquals("en", page.selectFirst("p.today").attr("lang"));
    assertEquals("Fri 2 Apr 2027", row(page, "moving-out").selectFirst("td.due").text());
    assertEquals(
        List.of("/booklet?lang=ja", "/calendar?lang=ja"), page.select("form").eachAttr("action"));
  }

  @Test
  void aJapaneseBookletGivesTheJapaneseDatesWithoutALanguageChange() throws Exception {
    Map<String, String> form = sundayDeparture("山田 花子");
    form.put("language", "ja");
    Document page = planPage("?lang=ja", form);
    assertTrue(page.selectFirst("tbody").attr("lang").isEmpty());
    Element movingOut = row(page, "moving-out");
    assertEquals("2027年4月2日（金）", movingOut.selectFirst("td.due").text());
    assertTrue(
        movingOut.selectFirst("td.notes").text().contains("4月4日は市区町村役場が土日休みのため、4月2日までに"),
        movingOut.text());
  }

  @Test
  void chineseAndKoreanPagesShowTheirBookletsDatesAndReasons() throws Exception {
    Map<String, String> zhForm = sundayDeparture("王思远");
    zhForm.put("language", "zh");
    Document zh = planPage("?lang=zh", zhForm);
    assertEquals("zh", zh.selectFirst("html").attr("lang"));
    assertEquals("王思远的离日手续日程", zh.selectFirst("h1").text());
    assertTrue(
        zh.selectFirst("tbody").attr("lang").isEmpty(), "the booklet's language is the page's");
    Element movingOut = row(zh, "moving-out");
    assertEquals("2027年4月2日（周五）", movingOut.selectFirst("td.due").text());
    assertTrue(
        movingOut.selectFirst("td.notes").text().contains("4月4日市区町村政府周末不办公，期限提前到4月2日"),
        movingOut.text());
    assertTrue(zh.select("tbody [lang=ja]").isEmpty(), "Chinese text is not marked as Japanese");

    Map<String, String> koForm = sundayDeparture("김민준");
    koForm.put("language", "ko");
    Document ko = planPage("?lang=ko", koForm);
    assertEquals("김민준 님의 출국 일정", ko.selectFirst("h1").text());
    Element bank = row(ko, "bank");
    assertEquals("2027년 4월 2일(금)", bank.selectFirst("td.due").text());
    assertTrue(
        bank.selectFirst("td.notes").text().contains("4월 4일은 주말이라 은행이 쉬므로 4월 2일까지"), bank.text());
  }

  @Test
  void bothDownloadFormsCarryEveryAnswerAsTyped() throws Exception {
    Map<String, String> form = sundayDeparture("Zoë \"Zo\" <O'Brien> & {name}");
    form.put("destination", "vIETNAM");
    form.put("paper", "a4");
    Document page = planPage("?lang=vi", form);
    Elements forms = page.select("form");
    assertEquals(List.of("/booklet?lang=vi", "/calendar?lang=vi"), forms.eachAttr("action"));
    for (Element download : forms) {
      assertEquals("post", download.attr("method"));
      assertEquals(form, hiddenFields(download), download.attr("action"));
      assertEquals(1, download.select("button[type=submit]").size());
    }
    assertEquals(
        "Kế hoạch rời Nhật của Zoë \"Zo\" <O'Brien> & {name}",
        page.selectFirst("h1").text(),
        "the name is text, escaped, and its braces are not a placeholder");
  }

  @Test
  void controlAndBidiCharactersAreNotWrittenIntoTheHiddenFields() throws Exception {
    Map<String, String> form = sundayDeparture("Zoë\u0000 \u202EO'Brien\u200B");
    form.put("destination", "  Viet\tNam ");
    Map<String, String> sent = hiddenFields(planPage("", form).selectFirst("form"));
    assertEquals("Zoë O'Brien", sent.get("name"));
    assertEquals("Viet Nam", sent.get("destination"), "spaces as the checks read them");
    assertEquals("2027-04-04", sent.get("departure_date"));
  }

  @Test
  void theLanguageOfTheBookletIsSentOnEvenWhenTheFormLeftItOut() throws Exception {
    Map<String, String> form = sundayDeparture("山田 花子");
    form.remove("language");
    Document page = planPage("?lang=ja", form);
    assertEquals(
        "ja",
        hiddenFields(page.selectFirst("form")).get("language"),
        "the page's language, as for /booklet");
  }

  @Test
  void aBadFieldGivesTheFormBackWithItsMessage() throws Exception {
    Map<String, String> form = validForm("Jane Doe");
    form.put("graduation_date", "2027-02-30");
    HttpResponse<byte[]> r = plan("", form);
    assertEquals(400, r.statusCode());
    Document page = page(r.body());
    assertEquals(
        "Graduation date: there is no date \"2027-02-30\"; write it like 2027-03-18",
        page.getElementById("graduation_date-error").text().replace("⚠ ", ""));
    assertEquals("Jane Doe", page.getElementById("name").val(), "answers kept");
    assertEquals(
        "/plan?lang=en",
        page.selectFirst("form").attr("action"),
        "the form leads to the plan again");
    assertTrue(page.select("table").isEmpty());
  }

  @Test
  void thePageNeedsNoInlineStyleOrScriptForItsContentSecurityPolicy() throws Exception {
    HttpResponse<byte[]> r = plan("", sundayDeparture("Lê Thị Hồng Nhung"));
    assertTrue(
        r.headers().firstValue("Content-Security-Policy").orElse("").contains("style-src 'self'"));
    assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(r.headers().firstValue("Set-Cookie").isEmpty(), "no cookie");
    Document page = page(r.body());
    assertTrue(
        page.select("[style], style, script").isEmpty(),
        page.select("[style], style, script").outerHtml());
    assertTrue(
        page.select("*").stream()
            .allMatch(
                e -> e.attributes().asList().stream().noneMatch(a -> a.getKey().startsWith("on"))),
        "no event handler attributes");
  }

  @Test
  void theFormsMainButtonLeadsToThePlan() throws Exception {
    HttpResponse<byte[]> r =
        send(CLIENT, HttpRequest.newBuilder(WebTesting.uri(server, "/?lang=vi")).GET().build());
    Document form = page(r.body());
    assertEquals("/plan?lang=vi", form.selectFirst("form").attr("action"));
    assertEquals("Xem kế hoạch của tôi", form.selectFirst("button[type=submit]").text());
  }
}
