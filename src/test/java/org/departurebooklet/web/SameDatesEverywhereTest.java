package org.departurebooklet.web;

import static org.departurebooklet.web.WebTesting.booklets;
import static org.departurebooklet.web.WebTesting.client;
import static org.departurebooklet.web.WebTesting.encode;
import static org.departurebooklet.web.WebTesting.events;
import static org.departurebooklet.web.WebTesting.hiddenFields;
import static org.departurebooklet.web.WebTesting.page;
import static org.departurebooklet.web.WebTesting.post;
import static org.departurebooklet.web.WebTesting.send;
import static org.departurebooklet.web.WebTesting.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * One student, three outputs: the plan page, the PDF booklet and the calendar file, the last two
 * downloaded with the page's own forms as a browser would send them. Every step falls due on the
 * same day in all three.
 */
class SameDatesEverywhereTest {

  /** A full English date as the booklet writes it: {@code Fri 2 Apr 2027}. */
  private static final Pattern FULL_DATE =
      Pattern.compile(
          "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}");

  private static final Pattern EVENT_NUMBER = Pattern.compile("(\\d+)\\. .*", Pattern.DOTALL);

  /** A step's due day as the plan page gives it. */
  private record Due(LocalDate day, String shown) {}

  @Test
  void everyStepIsDueOnTheSameDayInThePlanPageThePdfAndTheCalendarFile() throws Exception {
    HttpClient client = client();
    try (BookletServer server =
        BookletServer.start(booklets(), WebTesting.settings(2, Duration.ofSeconds(60)))) {
      HttpResponse<byte[]> planned =
          send(
              client,
              post(server, "/plan", encode(PlanPageTest.sundayDeparture("Lê Thị Hồng Nhung"))));
      assertEquals(200, planned.statusCode(), () -> text(planned.body()));
      Document page = page(planned.body());
      Map<Integer, Due> onPage = pageDues(page);
      assertTrue(onPage.size() >= 10, "steps on the page: " + onPage.size());

      DateTimeFormatter booklet =
          DateTimeFormatter.ofPattern(
              booklets().content("en").strings().dateFormat(), Locale.ENGLISH);
      onPage.forEach(
          (n, due) ->
              assertEquals(booklet.format(due.day()), due.shown(), "step " + n + " as shown"));

      byte[] ics = download(client, server, page, "/calendar");
      Map<Integer, LocalDate> inCalendar = new TreeMap<>();
      for (VEvent event : events(ics)) {
        Matcher m =
            EVENT_NUMBER.matcher(
                event.getProperty(Property.SUMMARY).map(Property::getValue).orElseThrow());
        assertTrue(m.matches(), "an event's summary starts with its step number");
        inCalendar.put(
            Integer.parseInt(m.group(1)),
            LocalDate.from(event.getStartDate().orElseThrow().getDate()));
      }
      Map<Integer, LocalDate> pageDays = new TreeMap<>();
      onPage.forEach((n, due) -> pageDays.put(n, due.day()));
      assertEquals(pageDays, inCalendar, "the calendar file's days, step by step");

      String timeline = timelineText(download(client, server, page, "/booklet"));
      List<String> inPdf = new ArrayList<>();
      Matcher dates = FULL_DATE.matcher(timeline);
      while (dates.find()) {
        inPdf.add(dates.group());
      }
      inPdf.remove(booklet.format(WebTesting.TODAY));
      assertEquals(
          onPage.values().stream().map(Due::shown).toList(),
          inPdf,
          "the PDF timeline's due days, row by row in step order:\n" + timeline);
    }
  }

  /** Step number to due day, from the timeline table's rows. */
  private static Map<Integer, Due> pageDues(Document page) {
    Map<Integer, Due> dues = new TreeMap<>();
    for (Element row : page.select("table tbody tr[id^=step-]")) {
      Element time = row.selectFirst("td.due time");
      assertNotNull(time, row.id());
      dues.put(
          Integer.parseInt(row.selectFirst("td.number").text()),
          new Due(LocalDate.parse(time.attr("datetime")), time.text()));
    }
    return dues;
  }

  /** Sends the hidden fields of the page's form for {@code path}, as pressing its button does. */
  private static byte[] download(
      HttpClient client, BookletServer server, Document page, String path) throws Exception {
    Element form = page.selectFirst("form[action^=" + path + "?]");
    assertNotNull(form, "a form for " + path);
    HttpResponse<byte[]> r =
        send(client, post(server, form.attr("action"), encode(hiddenFields(form))));
    assertEquals(200, r.statusCode(), () -> path + ": " + text(r.body()));
    assertTrue(
        r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"), path);
    return r.body();
  }

  /**
   * The text of the timeline's pages, from its bookmark to the next one, with line breaks as
   * spaces.
   */
  private static String timelineText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String title = booklets().content("en").strings().timelineTitle();
      PDOutlineItem timeline = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
      while (timeline != null && !timeline.getTitle().equals(title)) {
        timeline = timeline.getNextSibling();
      }
      assertNotNull(timeline, "a bookmark named " + title);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(doc.getPages().indexOf(timeline.findDestinationPage(doc)) + 1);
      // The contents follow the timeline on the page it ends on: read to their heading.
      stripper.setEndPage(
          doc.getPages().indexOf(timeline.getNextSibling().findDestinationPage(doc)) + 1);
      String text = stripper.getText(doc).replaceAll("\\s+", " ");
      String contents = booklets().content("en").strings().contentsTitle();
      return text.substring(0, text.lastIndexOf(contents));
    }
  }
}
