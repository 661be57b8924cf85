package org.departurebooklet.web;

import static org.departurebooklet.web.WebTesting.booklets;
import static org.departurebooklet.web.WebTesting.client;
import static org.departurebooklet.web.WebTesting.encode;
import static org.departurebooklet.web.WebTesting.post;
import static org.departurebooklet.web.WebTesting.send;
import static org.departurebooklet.web.WebTesting.text;
import static org.departurebooklet.web.WebTesting.validForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.departurebooklet.Booklets;
import org.junit.jupiter.api.Test;

/** Render slots: full means 503 with Retry-After at once; an overrun render gives up, keeping its slot. */
class RenderSlotsTest {

  private static final HttpClient CLIENT = client();

  /** A renderer that waits for the test to let it go, then makes a tiny stand-in PDF. */
  private static final class HeldRenderer implements BookletServer.Renderer {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public Booklets.Rendered render(org.departurebooklet.model.Student student, Booklets.Options options) {
      started.countDown();
      try {
        release.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new Booklets.Rendered("%PDF-1.7 stand-in".getBytes(), 1);
    }
  }

  @Test
  void withEverySlotBusyExtraRequestsGet503WithRetryAfterAndTheirAnswersKept() throws Exception {
    HeldRenderer held = new HeldRenderer();
    try (BookletServer server = BookletServer.start(booklets(),
        WebTesting.settings(1, Duration.ofSeconds(60)), held)) {
      CompletableFuture<HttpResponse<byte[]>> first = CLIENT.sendAsync(
          post(server, "/booklet", encode(validForm("First Student"))), HttpResponse.BodyHandlers.ofByteArray());
      assertTrue(held.started.await(30, TimeUnit.SECONDS), "first render started");
      assertEquals(0, server.slots().free());

      for (int i = 0; i < 3; i++) {
        HttpResponse<byte[]> extra = send(CLIENT, post(server, "/booklet", encode(validForm("Second Student"))));
        assertEquals(503, extra.statusCode());
        assertEquals(BookletServer.RETRY_AFTER_BUSY, extra.headers().firstValue("Retry-After").orElse(""));
        assertTrue(text(extra.body()).contains("value=\"Second Student\""), "answers kept");
        assertTrue(text(extra.body()).contains("press the button again"));
      }
      assertTrue(!first.isDone(), "the 503s came while the first render still held the slot");

      held.release.countDown();
      assertEquals(200, first.get(30, TimeUnit.SECONDS).statusCode());
      waitForFreeSlots(server, 1);
      assertEquals(200, send(CLIENT, post(server, "/booklet", encode(validForm("Third Student")))).statusCode());
    }
  }

  @Test
  void aRenderThatOverrunsItsTimeGets503AndKeepsItsSlotUntilItEnds() throws Exception {
    HeldRenderer held = new HeldRenderer();
    try (BookletServer server = BookletServer.start(booklets(),
        WebTesting.settings(1, Duration.ofMillis(300)), held)) {
      HttpResponse<byte[]> slow = send(CLIENT, post(server, "/booklet", encode(validForm("Slow Student"))));
      assertEquals(503, slow.statusCode());
      assertEquals(BookletServer.RETRY_AFTER_TIMEOUT, slow.headers().firstValue("Retry-After").orElse(""));
      assertEquals(0, server.slots().free(), "the overrunning render still counts");
      assertEquals(503, send(CLIENT, post(server, "/booklet", encode(validForm("Next Student")))).statusCode());

      held.release.countDown();
      waitForFreeSlots(server, 1);
    }
  }

  private static void waitForFreeSlots(BookletServer server, int n) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.slots().free() < n && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(n, server.slots().free());
  }
}
