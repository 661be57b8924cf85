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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nothing a student types reaches the log: only method, path, status, time and size. */
class PrivacyTest {

  private static final String CANARY = "Zoë Canaryname";

  @Test
  void logLinesCarryNoFormDataForGoodBadAndBrokenRequests() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream err = System.err;
    PrintStream out = System.out;
    PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
    HttpClient client = client();
    try (BookletServer server =
        BookletServer.start(
            booklets(),
            WebTesting.settings(2, Duration.ofSeconds(60)),
            student -> {
              throw new IllegalStateException("renderer broke on " + student.student().name());
            })) {
      System.setErr(both);
      System.setOut(both);
      Map<String, String> bad = validForm(CANARY);
      bad.put("graduation_date", "2027-99-99");
      assertEquals(400, send(client, post(server, "/booklet?lang=ja", encode(bad))).statusCode());
      // The renderer's exception message quotes the name: the 500 must log without it.
      assertEquals(
          500, send(client, post(server, "/booklet", encode(validForm(CANARY)))).statusCode());
      assertEquals(
          404, send(client, post(server, "/nowhere", encode(validForm(CANARY)))).statusCode());
      // Jetty writes the access log line just after the response is sent: wait for the last one.
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!captured.toString(StandardCharsets.UTF_8).contains("POST /nowhere 404")
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("POST /booklet 400 "), log);
    assertTrue(log.contains("POST /booklet 500 "), log);
    assertTrue(log.contains("internal error (messages left out)"), log);
    assertFalse(log.contains("Canaryname"), log);
    assertFalse(log.contains("2027-99-99"), log);
    assertFalse(log.contains("lang=ja"), "no query strings: " + log);
  }
}
