package org.departurebooklet.web;

import static org.departurebooklet.web.WebTesting.booklets;
import static org.departurebooklet.web.WebTesting.client;
import static org.departurebooklet.web.WebTesting.encode;
import static org.departurebooklet.web.WebTesting.isPdf;
import static org.departurebooklet.web.WebTesting.post;
import static org.departurebooklet.web.WebTesting.send;
import static org.departurebooklet.web.WebTesting.uri;
import static org.departurebooklet.web.WebTesting.validForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.departurebooklet.Booklets;
import org.junit.jupiter.api.Test;

/**
 * A render that runs out of memory is answered like a busy server (503 with Retry-After and the
 * answers kept), not as a broken one (500), and the next student gets their booklet.
 */
class RenderOutOfMemoryTest {

  @Test
  void aRenderThatRunsOutOfMemoryIs503WithRetryAfterAndTheNextOneIsServed() throws Exception {
    Booklets booklets = booklets();
    BookletServer.Renderer renderer =
        student -> {
          if (student.student().name().equals("Heavy Name")) {
            throw new OutOfMemoryError("Java heap space");
          }
          return booklets.pdf(student);
        };
    try (BookletServer server =
        BookletServer.start(booklets, WebTesting.settings(1, Duration.ofSeconds(60)), renderer)) {
      HttpClient client = client();
      HttpResponse<byte[]> heavy =
          send(client, post(server, "/booklet", encode(validForm("Heavy Name"))));
      assertEquals(503, heavy.statusCode());
      assertEquals(
          BookletDownload.RETRY_AFTER_BUSY, heavy.headers().firstValue("Retry-After").orElse(""));
      assertEquals(
          "Heavy Name",
          WebTesting.page(heavy.body()).getElementById("name").val(),
          "the answers are kept");

      HttpResponse<byte[]> health =
          send(client, HttpRequest.newBuilder(uri(server, "/health")).GET().build());
      assertEquals(200, health.statusCode());
      HttpResponse<byte[]> next =
          send(client, post(server, "/booklet", encode(validForm("Ana Silva"))));
      assertEquals(200, next.statusCode());
      assertTrue(isPdf(next.body()));
    }
  }
}
