package org.departurebooklet.web;

import static org.departurebooklet.web.WebTesting.booklets;
import static org.departurebooklet.web.WebTesting.client;
import static org.departurebooklet.web.WebTesting.encode;
import static org.departurebooklet.web.WebTesting.post;
import static org.departurebooklet.web.WebTesting.send;
import static org.departurebooklet.web.WebTesting.validForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name typed with a bidi override, a bidi isolate, a zero-width space and a control character,
 * sent over real HTTP: none of them reaches the booklet's text, its download name or the calendar
 * file, and the letters around them print as one name.
 */
class InvisibleCharactersTest {

  private static final String TYPED = "Ann\u202Eie\u200B Lee\u0007\u2066";
  private static final List<String> INVISIBLE = List.of("\u202E", "\u200B", "\u0007", "\u2066");

  /** The same characters in a header's percent-encoded UTF-8. */
  private static final List<String> ENCODED = List.of("%E2%80%AE", "%E2%80%8B", "%07", "%E2%81%A6");

  @Test
  void controlBidiAndZeroWidthCharactersReachNeitherTheBookletNorItsFileNames() throws Exception {
    HttpClient client = client();
    try (BookletServer server =
        BookletServer.start(booklets(), WebTesting.settings(1, Duration.ofSeconds(60)))) {
      HttpResponse<byte[]> booklet =
          send(client, post(server, "/booklet", encode(validForm(TYPED))));
      assertEquals(200, booklet.statusCode(), () -> WebTesting.text(booklet.body()));
      String text = WebTesting.pdfText(booklet.body());
      assertTrue(text.contains("Annie Lee"), "the name prints whole");
      assertNone(text, "the booklet's text");
      String download = booklet.headers().firstValue("Content-Disposition").orElse("");
      assertTrue(download.contains("Annie-Lee-departure-booklet.pdf"), download);
      assertNone(download, "the download name");

      HttpResponse<byte[]> calendar =
          send(client, post(server, "/calendar", encode(validForm(TYPED))));
      assertEquals(200, calendar.statusCode());
      String ics = new String(calendar.body(), StandardCharsets.UTF_8);
      assertNone(ics, "the calendar file");
      String calendarName = calendar.headers().firstValue("Content-Disposition").orElse("");
      assertTrue(calendarName.contains("Annie-Lee-deadlines.ics"), calendarName);
      assertNone(calendarName, "the calendar's download name");
    }
  }

  private static void assertNone(String where, String what) {
    for (int i = 0; i < INVISIBLE.size(); i++) {
      assertFalse(
          where.contains(INVISIBLE.get(i)) || where.contains(ENCODED.get(i)),
          String.format(
              "U+%04X in %s: %s",
              INVISIBLE.get(i).codePointAt(0), what, where.length() > 300 ? "" : where));
    }
  }
}
