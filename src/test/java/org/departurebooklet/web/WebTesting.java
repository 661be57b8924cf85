package org.departurebooklet.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What the web tests share: one {@link Booklets} per test JVM, an HTTP client, form bodies. */
final class WebTesting {

  /** The day the tests' booklets count from. */
  static final LocalDate TODAY = TestBooklets.TODAY;

  private WebTesting() {}

  /** The one {@link Booklets} all tests share. */
  static Booklets booklets() {
    return TestBooklets.get();
  }

  /** A free loopback port, a fixed clock, and the given slots and timeout. */
  static WebSettings settings(int slots, Duration timeout) {
    return WebSettings.defaults()
        .withPort(0)
        .withRenderSlots(slots)
        .withRenderTimeout(timeout)
        .withClock(Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
  }

  /**
   * As {@link #settings(int, Duration)}, with this many requests waiting at most this long for a
   * slot.
   */
  static WebSettings settings(int slots, Duration timeout, int queue, Duration queueWait) {
    return settings(slots, timeout).withQueueLength(queue).withQueueWait(queueWait);
  }

  static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  static URI uri(BookletServer server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  /** A valid student: the sample's facts. */
  static Map<String, String> validForm(String name) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", name);
    form.put("graduation_date", "2027-03-18");
    form.put("departure_date", "2027-04-09");
    form.put("move_out_date", "2027-04-07");
    form.put("plan", "work-abroad");
    form.put("destination", "SG");
    form.put("language", "en");
    form.put("paper", "a5");
    return form;
  }

  static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static HttpRequest post(BookletServer server, String path, String body) {
    return HttpRequest.newBuilder(uri(server, path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  static HttpResponse<byte[]> send(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  static boolean isPdf(byte[] bytes) {
    return bytes.length > 5 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
  }

  static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** A page as a browser reads it: elements to select, not markup to match. */
  static Document page(byte[] body) {
    return Jsoup.parse(text(body));
  }

  /** The hidden fields of a page's form, in order: what it sends again. */
  static Map<String, String> hiddenFields(Element form) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input[type=hidden]")) {
      fields.put(input.attr("name"), input.attr("value"));
    }
    return fields;
  }

  /** The events of a calendar file, read back with ical4j (not the library that wrote it). */
  static List<VEvent> events(byte[] ics) throws IOException, ParserException {
    return new CalendarBuilder()
        .build(new ByteArrayInputStream(ics))
        .getComponents(Component.VEVENT);
  }

  static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
