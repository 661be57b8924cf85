package org.departurebooklet.web;

import static org.departurebooklet.web.WebTesting.booklets;
import static org.departurebooklet.web.WebTesting.client;
import static org.departurebooklet.web.WebTesting.encode;
import static org.departurebooklet.web.WebTesting.events;
import static org.departurebooklet.web.WebTesting.page;
import static org.departurebooklet.web.WebTesting.post;
import static org.departurebooklet.web.WebTesting.send;
import static org.departurebooklet.web.WebTesting.text;
import static org.departurebooklet.web.WebTesting.uri;
import static org.departurebooklet.web.WebTesting.validForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /calendar}: the deadlines as a calendar file, checked and refused as the booklet is.
 */
class CalendarDownloadTest {

  private static BookletServer server;
  private static final HttpClient CLIENT = client();

  @BeforeAll
  static void start() {
    // One render slot, held by nothing: the calendar must not need it anyway.
    server = BookletServer.start(booklets(), WebTesting.settings(1, Duration.ofSeconds(60)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String summary(VEvent event) {
    return event.getProperty(Property.SUMMARY).map(Property::getValue).orElseThrow();
  }

  @Test
  void theCalendarFileDownloadsWithTheStudentsNameAndOneEventPerStep() throws Exception {
    HttpResponse<byte[]> r =
        send(
            CLIENT,
            post(server, "/calendar", encode(PlanPageTest.sundayDeparture("Lê Thị Hồng Nhung"))));
    assertEquals(200, r.statusCode(), () -> text(r.body()));
    assertEquals("text/calendar; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        "attachment; filename=\"Le-Thi-Hong-Nhung-deadlines.ics\"; "
            + "filename*=UTF-8''L%C3%AA-Th%E1%BB%8B-H%E1%BB%93ng-Nhung-deadlines.ics",
        r.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
    assertEquals(
        Integer.toString(r.body().length), r.headers().firstValue("Content-Length").orElse(""));

    List<VEvent> events = events(r.body());
    assertEquals(booklets().content("en").procedures().size(), events.size());
    VEvent movingOut =
        events.stream().filter(e -> summary(e).contains("Moving-out")).findFirst().orElseThrow();
    assertEquals(
        LocalDate.of(2027, 4, 2),
        movingOut.getStartDate().orElseThrow().getDate(),
        "Friday, not Sunday");
  }

  @Test
  void theCalendarIsInTheBookletsLanguage() throws Exception {
    Map<String, String> form = PlanPageTest.sundayDeparture("山田 花子");
    form.put("language", "ja");
    HttpResponse<byte[]> r = send(CLIENT, post(server, "/calendar?lang=en", encode(form)));
    assertEquals(200, r.statusCode(), () -> text(r.body()));
    assertTrue(events(r.body()).stream().anyMatch(e -> summary(e).contains("転出届")));
    assertTrue(
        r.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .startsWith(
                "attachment; filename=\"deadlines.ics\"; filename*=UTF-8''%E5%B1%B1%E7%94%B0"));
  }

  @Test
  void aBadFieldGivesTheFormBackWithItsMessageAndNoFile() throws Exception {
    Map<String, String> form = validForm("山田 花子");
    form.put("departure_date", "2027-03-01");
    HttpResponse<byte[]> r = send(CLIENT, post(server, "/calendar?lang=ja", encode(form)));
    assertEquals(400, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    Document page = page(r.body());
    assertEquals(
        "出国日：「2027-03-01」は卒業日より前です。卒業日と同じか、それより後の日にしてください。",
        page.getElementById("departure_date-error").text().replace("⚠ ", ""));
    assertEquals("山田 花子", page.getElementById("name").val());
  }

  @Test
  void oversizedAndOtherBodiesAreRefusedAsForTheBooklet() throws Exception {
    String big =
        encode(validForm("A")) + "&padding=" + "a".repeat(WebSettings.DEFAULT_MAX_BODY + 1);
    assertEquals(413, send(CLIENT, post(server, "/calendar", big)).statusCode());
    byte[] chunked = ("name=" + "a".repeat(WebSettings.DEFAULT_MAX_BODY * 4)).getBytes();
    assertEquals(
        413,
        send(
                CLIENT,
                HttpRequest.newBuilder(uri(server, "/calendar"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(chunked)))
                    .build())
            .statusCode());
    HttpResponse<byte[]> multipart =
        send(
            CLIENT,
            HttpRequest.newBuilder(uri(server, "/calendar"))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--"))
                .build());
    assertEquals(415, multipart.statusCode());
    assertEquals(400, send(CLIENT, post(server, "/calendar", "name=%E0%A4%A")).statusCode());
  }

  @Test
  void theCalendarNeedsNoRenderSlot() throws Exception {
    RenderSlotsTest.HeldRenderer held = new RenderSlotsTest.HeldRenderer();
    try (BookletServer busy =
        BookletServer.start(
            booklets(), WebTesting.settings(1, Duration.ofSeconds(60), 0, Duration.ZERO), held)) {
      CompletableFuture<HttpResponse<byte[]>> first =
          CLIENT.sendAsync(
              post(busy, "/booklet", encode(validForm("First Student"))),
              HttpResponse.BodyHandlers.ofByteArray());
      assertTrue(held.started.await(30, TimeUnit.SECONDS), "the only slot is taken");
      assertEquals(
          503,
          send(CLIENT, post(busy, "/booklet", encode(validForm("Second Student")))).statusCode());
      assertEquals(
          200,
          send(CLIENT, post(busy, "/calendar", encode(validForm("Second Student")))).statusCode());
      assertEquals(
          200, send(CLIENT, post(busy, "/plan", encode(validForm("Second Student")))).statusCode());
      held.release.countDown();
      assertEquals(200, first.get(30, TimeUnit.SECONDS).statusCode());
    }
  }
}
