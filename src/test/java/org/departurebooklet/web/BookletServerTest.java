package org.departurebooklet.web;

import static org.departurebooklet.web.WebTesting.booklets;
import static org.departurebooklet.web.WebTesting.client;
import static org.departurebooklet.web.WebTesting.encode;
import static org.departurebooklet.web.WebTesting.page;
import static org.departurebooklet.web.WebTesting.post;
import static org.departurebooklet.web.WebTesting.send;
import static org.departurebooklet.web.WebTesting.text;
import static org.departurebooklet.web.WebTesting.uri;
import static org.departurebooklet.web.WebTesting.validForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.departurebooklet.pdf.Conformance;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The server over real HTTP on a free loopback port: pages, download, and the answers to bad input.
 */
class BookletServerTest {

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

  private static HttpResponse<byte[]> get(String path, String acceptLanguage) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(server, path)).timeout(Duration.ofSeconds(30));
    if (acceptLanguage != null) {
      b.header("Accept-Language", acceptLanguage);
    }
    return send(CLIENT, b.GET().build());
  }

  @Test
  void formRendersInEnglishWithEveryFieldName() throws Exception {
    HttpResponse<byte[]> r = get("/", null);
    Document page = page(r.body());
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertEquals("en", page.selectFirst("html").attr("lang"));
    assertTrue(page.selectFirst("p.privacy").text().contains("Nothing you type is stored"));
    assertNotNull(page.selectFirst("meta[name=viewport]"));
    assertEveryFieldIsInTheForm(page);
    assertEquals("date", page.getElementById("graduation_date").attr("type"));
    assertNotNull(page.selectFirst("label[for=name]"));
    assertNotNull(page.selectFirst("label[for=destination]"));
    Element destination = page.getElementById("destination");
    assertEquals("input", destination.tagName(), "a searchable list, not a select");
    assertEquals("text", destination.attr("type"));
    assertEquals("destination-countries", destination.attr("list"));
    assertEquals("", destination.val());
    assertTrue(destination.hasAttr("required"));
    assertEquals("destination-hint", destination.attr("aria-describedby"));
    assertTrue(countrySuggestions(page).contains("Singapore"));
    assertFalse(countrySuggestions(page).contains("Japan"), "the student is leaving Japan");
    assertEquals("en", selectedLanguage(page).val(), "booklet language follows the page");
    assertEquals("English", selectedLanguage(page).text());
    assertEquals("a5", page.selectFirst("input[name=paper][checked]").val());
    assertTrue(page.select("script").isEmpty(), "works without JavaScript");
  }

  @Test
  void formRendersInJapaneseForLangParameterAndAcceptLanguage() throws Exception {
    for (HttpResponse<byte[]> r :
        List.of(get("/?lang=ja", "en"), get("/", "ja-JP,ja;q=0.9,en;q=0.5"))) {
      Document page = page(r.body());
      assertEquals(200, r.statusCode());
      assertEquals("ja", r.headers().firstValue("Content-Language").orElse(""));
      assertEquals("ja", page.selectFirst("html").attr("lang"));
      assertTrue(page.selectFirst("p.privacy").text().contains("入力した内容は保存されません"));
      assertTrue(countrySuggestions(page).contains("シンガポール"), "country names in Japanese");
      assertFalse(countrySuggestions(page).contains("日本"), "the student is leaving Japan");
      assertEquals(
          "/plan?lang=ja",
          page.selectFirst("form").attr("action"),
          "the answer page stays Japanese");
      assertEveryFieldIsInTheForm(page);
    }
    assertEquals(
        "en",
        page(get("/", "fr-FR,fr;q=0.9").body()).selectFirst("html").attr("lang"),
        "English otherwise");
    assertEquals(
        "en", page(get("/?lang=xx", "garbage;;q=").body()).selectFirst("html").attr("lang"));
  }

  @Test
  void formRendersInChineseAndKoreanForTheBrowsersLanguage() throws Exception {
    Map<String, String> headers =
        Map.of("zh-CN,zh;q=0.9,en;q=0.5", "zh", "zh-Hans", "zh", "ko-KR,ko;q=0.9", "ko");
    for (Map.Entry<String, String> e : headers.entrySet()) {
      HttpResponse<byte[]> r = get("/", e.getKey());
      Document page = page(r.body());
      assertEquals(200, r.statusCode());
      assertEquals(e.getValue(), r.headers().firstValue("Content-Language").orElse(""), e.getKey());
      assertEquals(e.getValue(), page.selectFirst("html").attr("lang"), e.getKey());
      assertEquals(
          "/plan?lang=" + e.getValue(),
          page.selectFirst("form").attr("action"),
          "the answer page stays in it");
    }
    Document zh = page(get("/?lang=zh", null).body());
    assertTrue(zh.selectFirst("p.privacy").text().contains("你填写的内容不会被保存"));
    assertTrue(countrySuggestions(zh).contains("新加坡"), "country names in Chinese");
    assertEquals("zh", selectedLanguage(zh).val(), "the booklet starts in Chinese");
    assertEquals("中文", selectedLanguage(zh).text());
    Document ko = page(get("/?lang=ko", null).body());
    assertTrue(ko.selectFirst("p.privacy").text().contains("입력한 내용은 저장되지 않습니다"));
    assertTrue(countrySuggestions(ko).contains("싱가포르"), "country names in Korean");
    assertEquals("ko", selectedLanguage(ko).val(), "the booklet starts in Korean");
    assertEquals("한국어", selectedLanguage(ko).text());
  }

  @Test
  void theChineseAndKoreanPagesMakeBookletsInTheirLanguage() throws Exception {
    for (String lang : List.of("zh", "ko")) {
      Map<String, String> form = validForm(lang.equals("zh") ? "王思远" : "김민준");
      form.remove("language");
      form.put("destination", lang.equals("zh") ? "新加坡" : "싱가포르");
      HttpResponse<byte[]> r = send(CLIENT, post(server, "/booklet?lang=" + lang, encode(form)));
      assertEquals(200, r.statusCode(), () -> text(r.body()));
      String text = WebTesting.pdfText(r.body()).replaceAll("\\s+", "");
      assertTrue(text.contains(form.get("name")), lang);
      assertTrue(
          text.contains(lang.equals("zh") ? "2027年4月1日（周四）" : "2027년4월1일(목)"),
          lang + ": due date in its style: " + text.substring(0, 600));
    }
  }

  @Test
  void theDownloadedBookletIsPdfUaAndPdfA() throws Exception {
    HttpResponse<byte[]> r =
        send(CLIENT, post(server, "/booklet", encode(validForm("Zhang Wei 张伟"))));
    assertEquals(200, r.statusCode(), () -> text(r.body()));
    for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U)) {
      assertEquals(List.of(), Conformance.failures(r.body(), flavour), flavour.toString());
    }
  }

  @Test
  void validPostReturnsThePdfWithTheNameAndComputedDates() throws Exception {
    HttpResponse<byte[]> r =
        send(CLIENT, post(server, "/booklet", encode(validForm("Lê Thị Hồng Nhung"))));
    assertEquals(200, r.statusCode(), () -> text(r.body()));
    assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        "attachment; filename=\"Le-Thi-Hong-Nhung-departure-booklet.pdf\"; "
            + "filename*=UTF-8''L%C3%AA-Th%E1%BB%8B-H%E1%BB%93ng-Nhung-departure-booklet.pdf",
        r.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(WebTesting.isPdf(r.body()));
    String text = WebTesting.pdfText(r.body());
    assertTrue(text.contains("Lê Thị Hồng Nhung"), "name printed");
    DateTimeFormatter booklet =
        DateTimeFormatter.ofPattern(
            booklets().content("en").strings().dateFormat(), Locale.ENGLISH);
    LocalDate graduation = LocalDate.of(2027, 3, 18);
    assertTrue(
        text.contains(booklet.format(graduation.plusDays(14))),
        "immigration notification due 14 days after graduation: "
            + booklet.format(graduation.plusDays(14)));
    assertTrue(text.contains(booklet.format(LocalDate.of(2027, 4, 9))), "departure date");
    assertTrue(text.contains(booklet.format(LocalDate.of(2027, 4, 7))), "move-out date");
  }

  @Test
  void japanesePageMakesAJapaneseBookletByDefault() throws Exception {
    Element language = selectedLanguage(page(get("/?lang=ja", null).body()));
    assertEquals("ja", language.val(), "the booklet language starts as the page's");
    assertEquals("日本語", language.text());
    Map<String, String> form = validForm("山田 花子");
    form.remove("language");
    HttpResponse<byte[]> r = send(CLIENT, post(server, "/booklet?lang=ja", encode(form)));
    assertEquals(200, r.statusCode(), () -> text(r.body()));
    String text = WebTesting.pdfText(r.body());
    assertTrue(text.contains("山田 花子"));
    DateTimeFormatter ja =
        DateTimeFormatter.ofPattern(
            booklets().content("ja").strings().dateFormat(), Locale.JAPANESE);
    assertTrue(
        text.contains(ja.format(LocalDate.of(2027, 4, 1))),
        "due date in the Japanese style: " + ja.format(LocalDate.of(2027, 4, 1)));
  }

  @Test
  void invalidInputGets400WithTheValuesKeptAndAMessageNextToEachBadField() throws Exception {
    Map<String, String> form = validForm("Jane </p><script>alert(1)</script>");
    form.put("graduation_date", "2027-02-30");
    form.put("destination", "ZZ");
    HttpResponse<byte[]> r = send(CLIENT, post(server, "/booklet", encode(form)));
    Document page = page(r.body());
    assertEquals(400, r.statusCode());
    assertEquals("en", page.selectFirst("html").attr("lang"));
    assertTrue(page.select("script").isEmpty(), "the name is escaped");
    assertEquals(
        "Jane </p><script>alert(1)</script>", page.getElementById("name").val(), "name kept");
    assertEquals("2027-02-30", page.getElementById("graduation_date").val(), "bad date kept");
    assertEquals("work-abroad", page.selectFirst("input[name=plan][checked]").val(), "plan kept");

    String gradError = errorOf(page, "graduation_date");
    assertTrue(gradError.contains("Graduation date: there is no date \"2027-02-30\""), gradError);
    Element graduation = page.getElementById("graduation_date");
    assertEquals("graduation_date-hint graduation_date-error", graduation.attr("aria-describedby"));
    assertEquals("true", graduation.attr("aria-invalid"));
    assertTrue(
        errorOf(page, "destination")
            .contains("\"ZZ\" is not a country we know; pick a country from the list"),
        errorOf(page, "destination"));
    assertNotNull(
        page.selectFirst(".error-summary a[href=#graduation_date]"), "summary links to the field");
    assertNull(page.getElementById("name-error"), "a good field has no message");
    assertFalse(page.text().contains("Exception"), "no stack trace");
  }

  @Test
  void theNextCountryIsTakenAsANameInAnyPageLanguageOrACode() throws Exception {
    // The page language does not limit what is understood: a Japanese name on the English page too.
    for (String typed :
        List.of("Vietnam", "  vIETNAM ", "ベトナム", "Việt Nam", "VIỆT NAM", "vn", "ＶＮ", "Ｖｉｅｔｎａｍ")) {
      Map<String, String> form = validForm("Nguyen Van Duc");
      form.put("destination", typed);
      HttpResponse<byte[]> r = send(CLIENT, post(server, "/booklet", encode(form)));
      assertEquals(200, r.statusCode(), () -> typed + ": " + text(r.body()));
      assertTrue(WebTesting.pdfText(r.body()).contains("Vietnam"), typed);
    }
  }

  @Test
  void anUnknownCountryIsKeptAndTheStudentToldToPickOneFromTheList() throws Exception {
    Map<String, String> form = validForm("Jane Doe");
    form.put("destination", "Atlantis");
    HttpResponse<byte[]> r = send(CLIENT, post(server, "/booklet", encode(form)));
    Document page = page(r.body());
    assertEquals(400, r.statusCode());
    assertEquals(
        "Next country: \"Atlantis\" is not a country we know; pick a country from the list",
        errorOf(page, "destination"));
    Element destination = page.getElementById("destination");
    assertEquals("Atlantis", destination.val(), "kept");
    assertEquals("destination-countries", destination.attr("list"));
    assertEquals("destination-hint destination-error", destination.attr("aria-describedby"));
    assertEquals("true", destination.attr("aria-invalid"));
    HttpResponse<byte[]> ja = send(CLIENT, post(server, "/booklet?lang=ja", encode(form)));
    assertEquals(
        "次に行く国：「Atlantis」という国は見つかりません。一覧から国を選んでください。", errorOf(page(ja.body()), "destination"));
  }

  @Test
  void japanIsRefusedAsTheNextCountry() throws Exception {
    for (String typed : List.of("Japan", "日本", "jp", "Nhật Bản")) {
      Map<String, String> form = validForm("Jane Doe");
      form.put("destination", typed);
      HttpResponse<byte[]> r = send(CLIENT, post(server, "/booklet", encode(form)));
      assertEquals(400, r.statusCode(), typed);
      assertEquals(
          "Next country: you are leaving Japan; choose the country you go to next",
          errorOf(page(r.body()), "destination"),
          typed);
    }
    Map<String, String> form = validForm("山田 花子");
    form.put("destination", "日本");
    assertEquals(
        "次に行く国：日本を出た後に行く国を選んでください。",
        errorOf(
            page(send(CLIENT, post(server, "/booklet?lang=ja", encode(form))).body()),
            "destination"));
  }

  @Test
  void aCountryGivenByCodeIsShownAgainByItsNameInThePagesLanguage() throws Exception {
    Map<String, String> form = validForm("山田 花子");
    form.put("destination", "sg");
    form.put("departure_date", "2027-03-01");
    Document page = page(send(CLIENT, post(server, "/booklet?lang=ja", encode(form))).body());
    assertEquals("シンガポール", page.getElementById("destination").val());
  }

  @Test
  void japanesePageAnswersInJapaneseWithTheFieldProblem() throws Exception {
    Map<String, String> form = validForm("山田 花子");
    form.put("departure_date", "2027-03-01");
    HttpResponse<byte[]> r = send(CLIENT, post(server, "/booklet?lang=ja", encode(form)));
    Document page = page(r.body());
    assertEquals(400, r.statusCode());
    assertEquals("ja", page.selectFirst("html").attr("lang"));
    assertEquals(
        "出国日：「2027-03-01」は卒業日より前です。卒業日と同じか、それより後の日にしてください。",
        errorOf(page, "departure_date"),
        "one sentence after the label, no nested brackets");
  }

  @Test
  void nameNoFontCanPrintIsAFieldError() throws Exception {
    HttpResponse<byte[]> r =
        send(CLIENT, post(server, "/booklet", encode(validForm("Anna \uD83D\uDE00"))));
    assertEquals(400, r.statusCode());
    assertTrue(
        errorOf(page(r.body()), "name")
            .contains("Your name: the booklet cannot print some of these characters"),
        () -> text(r.body()));
  }

  @Test
  void anUnprintableNameIsReportedTogetherWithTheOtherMistakes() throws Exception {
    Map<String, String> form = validForm("Anna \uD83D\uDE00");
    form.put("departure_date", "2027-03-01");
    HttpResponse<byte[]> r = send(CLIENT, post(server, "/booklet?lang=ja", encode(form)));
    Document page = page(r.body());
    assertEquals(400, r.statusCode());
    assertTrue(
        errorOf(page, "departure_date").contains("卒業日より前です"), errorOf(page, "departure_date"));
    assertTrue(errorOf(page, "name").contains("冊子に印刷できない文字"), errorOf(page, "name"));
  }

  @Test
  void missingFieldsAreEachReported() throws Exception {
    HttpResponse<byte[]> r = send(CLIENT, post(server, "/booklet", ""));
    Document page = page(r.body());
    assertEquals(400, r.statusCode());
    for (String field : List.of("name", "graduation_date", "departure_date", "destination")) {
      assertTrue(errorOf(page, field).contains("please fill this in"), field);
    }
  }

  @Test
  void overlongFieldIsCappedAndReported() throws Exception {
    Map<String, String> form = validForm("x".repeat(5000));
    HttpResponse<byte[]> r = send(CLIENT, post(server, "/booklet", encode(form)));
    assertEquals(400, r.statusCode());
    assertEquals(
        "Your name: this is too long; use at most 100 characters", errorOf(page(r.body()), "name"));
    assertEquals(
        "x".repeat(100),
        page(r.body()).getElementById("name").val(),
        "the echoed value is capped at the limit");
    assertFalse(text(r.body()).contains("x".repeat(101)), "the echoed value is capped");
  }

  @Test
  void everyOverlongAnswerIsToldItsRealLimitInThePagesLanguage() throws Exception {
    // Over the name's cap but under the other fields' (the name's message once lacked the figure).
    HttpResponse<byte[]> r =
        send(CLIENT, post(server, "/booklet", encode(validForm("y".repeat(150)))));
    assertEquals(400, r.statusCode());
    assertEquals(
        "Your name: this is too long; use at most 100 characters", errorOf(page(r.body()), "name"));
    // 100 letters, each written as a letter and a combining accent: 100 characters once composed.
    String composed = "e\u0301".repeat(100);
    assertEquals(
        200, send(CLIENT, post(server, "/booklet", encode(validForm(composed)))).statusCode());

    Map<String, String> form = validForm("山".repeat(300));
    form.put("destination", "z".repeat(300));
    HttpResponse<byte[]> ja = send(CLIENT, post(server, "/booklet?lang=ja", encode(form)));
    assertEquals(400, ja.statusCode());
    assertEquals("名前：長すぎます。100文字以内にしてください。", errorOf(page(ja.body()), "name"));
    assertEquals("次に行く国：長すぎます。200文字以内にしてください。", errorOf(page(ja.body()), "destination"));
    HttpResponse<byte[]> vi =
        send(CLIENT, post(server, "/booklet?lang=vi", encode(validForm("y".repeat(101)))));
    assertEquals("Họ và tên: quá dài; hãy viết tối đa 100 ký tự", errorOf(page(vi.body()), "name"));
  }

  @Test
  void anUnofferedPaperSizeIsNamedInTheMessage() throws Exception {
    Map<String, String> form = validForm("Jane Doe");
    form.put("paper", "B5");
    Document en = page(send(CLIENT, post(server, "/booklet", encode(form))).body());
    assertEquals("Paper size: \"B5\" is not offered; choose A5 or A4", errorOf(en, "paper"));
    Document ja = page(send(CLIENT, post(server, "/booklet?lang=ja", encode(form))).body());
    assertEquals("用紙サイズ：「B5」の用紙はありません。A5 か A4 を選んでください。", errorOf(ja, "paper"));
  }

  @Test
  void brokenUtf8IsAMessageAtTheFieldNotAReplacementCharacterOnTheCover() throws Exception {
    String body = encode(validForm("x")).replace("name=x", "name=%C3%28");
    HttpResponse<byte[]> r = send(CLIENT, post(server, "/booklet", body));
    Document page = page(r.body());
    assertEquals(400, r.statusCode());
    assertNotNull(page.selectFirst("form"), "the form again");
    assertEquals(
        "Your name: some characters arrived broken (not UTF-8); please type it again",
        errorOf(page, "name"));
    assertEquals(
        "2027-03-18", page.getElementById("graduation_date").val(), "the other answers kept");
    HttpResponse<byte[]> ja = send(CLIENT, post(server, "/booklet?lang=ja", body));
    assertEquals("名前：文字が正しく届きませんでした。もう一度入力してください。", errorOf(page(ja.body()), "name"));
  }

  @Test
  void oversizedBodyGets413() throws Exception {
    String body =
        encode(validForm("A")) + "&padding=" + "a".repeat(WebSettings.DEFAULT_MAX_BODY + 1);
    HttpResponse<byte[]> r = send(CLIENT, post(server, "/booklet", body));
    assertEquals(413, r.statusCode());
    assertTrue(page(r.body()).text().contains("too much"), text(r.body()));
  }

  @Test
  void oversizedChunkedBodyGets413Too() throws Exception {
    byte[] big = ("name=" + "a".repeat(WebSettings.DEFAULT_MAX_BODY * 4)).getBytes();
    HttpRequest request =
        HttpRequest.newBuilder(uri(server, "/booklet"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            // A stream of unknown length goes out chunked, with no Content-Length to check first.
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
            .build();
    assertEquals(413, send(CLIENT, request).statusCode());
  }

  @Test
  void otherBodiesGetAPageNotAStackTrace() throws Exception {
    HttpRequest multipart =
        HttpRequest.newBuilder(uri(server, "/booklet"))
            .header("Content-Type", "multipart/form-data; boundary=x")
            .POST(HttpRequest.BodyPublishers.ofString("--x--"))
            .build();
    HttpResponse<byte[]> r = send(CLIENT, multipart);
    assertEquals(415, r.statusCode());
    assertNotNull(page(r.body()).selectFirst("h1"), "a page that says what happened");
    HttpResponse<byte[]> bad = send(CLIENT, post(server, "/booklet", "name=%E0%A4%A"));
    assertEquals(400, bad.statusCode());
    assertEquals(404, get("/nothing-here", null).statusCode());
  }

  @Test
  void otherMethodsOnTheAppsAddressesGet405WithAllow() throws Exception {
    Map<String, String> allowed =
        Map.of(
            "/",
            "GET, HEAD",
            "/plan",
            "POST",
            "/booklet",
            "POST",
            "/calendar",
            "POST",
            "/health",
            "GET, HEAD",
            "/style.css",
            "GET, HEAD");
    for (Map.Entry<String, String> address : allowed.entrySet()) {
      for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "POST", "GET")) {
        if (address.getValue().contains(method)) {
          continue;
        }
        HttpResponse<byte[]> r =
            send(
                CLIENT,
                HttpRequest.newBuilder(uri(server, address.getKey()))
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(30))
                    .build());
        assertEquals(405, r.statusCode(), method + " " + address.getKey());
        assertEquals(
            address.getValue(),
            r.headers().firstValue("Allow").orElse(""),
            method + " " + address.getKey());
        if (!method.equals("TRACE")) {
          assertTrue(
              page(r.body()).text().contains("This address does not take that request"),
              text(r.body()));
        }
      }
    }
    HttpResponse<byte[]> elsewhere =
        send(
            CLIENT,
            HttpRequest.newBuilder(uri(server, "/nothing-here"))
                .method("PUT", HttpRequest.BodyPublishers.noBody())
                .build());
    assertEquals(404, elsewhere.statusCode(), "an address that does not exist is still 404");
  }

  @Test
  void headGivesTheSameTypeAsGetAndNoBody() throws Exception {
    for (String path : List.of("/", "/?lang=ja", "/health", "/style.css")) {
      HttpResponse<byte[]> get = get(path, null);
      HttpResponse<byte[]> head =
          send(
              CLIENT,
              HttpRequest.newBuilder(uri(server, path))
                  .method("HEAD", HttpRequest.BodyPublishers.noBody())
                  .timeout(Duration.ofSeconds(30))
                  .build());
      assertEquals(200, head.statusCode(), path);
      assertEquals(
          get.headers().firstValue("Content-Type").orElse("get"),
          head.headers().firstValue("Content-Type").orElse("head"),
          path);
      assertEquals(0, head.body().length, path);
    }
  }

  @Test
  void healthAnswersOk() throws Exception {
    HttpResponse<byte[]> r = get("/health", null);
    assertEquals(200, r.statusCode());
    assertEquals("ok\n", text(r.body()));
  }

  /**
   * The message shown next to a field: the text of its id-error paragraph, without the warning
   * sign.
   */
  static String errorOf(Document page, String field) {
    Element error = page.getElementById(field + "-error");
    assertNotNull(error, "no message next to " + field);
    return error.ownText();
  }

  private static void assertEveryFieldIsInTheForm(Document page) {
    for (String field :
        List.of(
            "name",
            "graduation_date",
            "departure_date",
            "move_out_date",
            "plan",
            "destination",
            "language",
            "paper")) {
      assertFalse(page.select("form [name=" + field + "]").isEmpty(), "input " + field);
    }
  }

  /** The names the next-country field suggests. */
  private static List<String> countrySuggestions(Document page) {
    return page.select("datalist#destination-countries option").eachAttr("value");
  }

  /** The booklet language chosen when the page opens. */
  private static Element selectedLanguage(Document page) {
    return page.selectFirst("select#language option[selected]");
  }
}
