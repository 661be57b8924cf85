package org.departurebooklet.web;

import static org.departurebooklet.web.WebTesting.booklets;
import static org.departurebooklet.web.WebTesting.client;
import static org.departurebooklet.web.WebTesting.encode;
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
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.departurebooklet.Booklets;
import org.junit.jupiter.api.Test;

/**
 * Render slots: a request that finds them busy waits in a short queue; a full queue or a wait run
 * out means 503 with Retry-After; an overrun render gives up, keeping its slot.
 */
class RenderSlotsTest {

  private static final HttpClient CLIENT = client();

  /** A renderer that waits for the test to let it go, then makes a tiny stand-in PDF. */
  static final class HeldRenderer implements BookletServer.Renderer {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public Booklets.Rendered render(Booklets.CheckedStudent student) {
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
  void aRequestThatFindsEverySlotBusyWaitsInTheQueueAndGetsItsBooklet() throws Exception {
    HeldRenderer held = new HeldRenderer();
    try (BookletServer server =
        BookletServer.start(
            booklets(),
            WebTesting.settings(1, Duration.ofSeconds(60), 2, Duration.ofSeconds(60)),
            held)) {
      CompletableFuture<HttpResponse<byte[]>> first =
          CLIENT.sendAsync(
              post(server, "/booklet", encode(validForm("First Student"))),
              HttpResponse.BodyHandlers.ofByteArray());
      assertTrue(held.started.await(30, TimeUnit.SECONDS), "first render started");
      CompletableFuture<HttpResponse<byte[]>> second =
          CLIENT.sendAsync(
              post(server, "/booklet", encode(validForm("Second Student"))),
              HttpResponse.BodyHandlers.ofByteArray());
      waitFor(() -> server.slots().waiting() == 1, "the second request waits for the slot");

      held.release.countDown();
      assertEquals(200, first.get(30, TimeUnit.SECONDS).statusCode());
      assertEquals(
          200,
          second.get(30, TimeUnit.SECONDS).statusCode(),
          "served once the slot was free, not 503");
      assertEquals(0, server.slots().waiting());
    }
  }

  @Test
  void withEverySlotBusyAndTheQueueFullExtraRequestsGet503AtOnceWithTheirAnswersKept()
      throws Exception {
    HeldRenderer held = new HeldRenderer();
    // A queue wait far longer than the test: a 503 that comes back cannot be a wait that ran out.
    try (BookletServer server =
        BookletServer.start(
            booklets(),
            WebTesting.settings(1, Duration.ofSeconds(60), 1, Duration.ofSeconds(120)),
            held)) {
      CompletableFuture<HttpResponse<byte[]>> first =
          CLIENT.sendAsync(
              post(server, "/booklet", encode(validForm("First Student"))),
              HttpResponse.BodyHandlers.ofByteArray());
      assertTrue(held.started.await(30, TimeUnit.SECONDS), "first render started");
      assertEquals(0, server.slots().free());
      CompletableFuture<HttpResponse<byte[]>> queued =
          CLIENT.sendAsync(
              post(server, "/booklet", encode(validForm("Queued Student"))),
              HttpResponse.BodyHandlers.ofByteArray());
      waitFor(() -> server.slots().waiting() == 1, "the queue is full");

      for (int i = 0; i < 3; i++) {
        HttpResponse<byte[]> extra =
            send(CLIENT, post(server, "/booklet", encode(validForm("Extra Student"))));
        assertEquals(503, extra.statusCode());
        assertEquals(
            BookletDownload.RETRY_AFTER_BUSY, extra.headers().firstValue("Retry-After").orElse(""));
        assertEquals(
            "Extra Student", page(extra.body()).getElementById("name").val(), "answers kept");
        assertTrue(
            page(extra.body())
                .selectFirst("[role=status]")
                .text()
                .contains("press the button again"));
      }
      assertFalse(
          first.isDone() || queued.isDone(),
          "the 503s came while the slot and the queue were taken");

      held.release.countDown();
      assertEquals(200, first.get(30, TimeUnit.SECONDS).statusCode());
      assertEquals(200, queued.get(30, TimeUnit.SECONDS).statusCode());
      waitForFreeSlots(server, 1);
      assertEquals(
          200,
          send(CLIENT, post(server, "/booklet", encode(validForm("Third Student")))).statusCode());
    }
  }

  @Test
  void aRequestWhoseWaitForASlotRunsOutGets503() throws Exception {
    HeldRenderer held = new HeldRenderer();
    try (BookletServer server =
        BookletServer.start(
            booklets(),
            WebTesting.settings(1, Duration.ofSeconds(60), 4, Duration.ofMillis(300)),
            held)) {
      CompletableFuture<HttpResponse<byte[]>> first =
          CLIENT.sendAsync(
              post(server, "/booklet", encode(validForm("First Student"))),
              HttpResponse.BodyHandlers.ofByteArray());
      assertTrue(held.started.await(30, TimeUnit.SECONDS), "first render started");
      HttpResponse<byte[]> late =
          send(CLIENT, post(server, "/booklet", encode(validForm("Late Student"))));
      assertEquals(503, late.statusCode());
      assertEquals(
          BookletDownload.RETRY_AFTER_BUSY, late.headers().firstValue("Retry-After").orElse(""));
      assertFalse(first.isDone());
      assertEquals(0, server.slots().waiting(), "it left the queue");
      held.release.countDown();
      assertEquals(200, first.get(30, TimeUnit.SECONDS).statusCode());
    }
  }

  @Test
  void aRenderThatOverrunsItsTimeGets503AndKeepsItsSlotUntilItEnds() throws Exception {
    HeldRenderer held = new HeldRenderer();
    try (BookletServer server =
        BookletServer.start(booklets(), WebTesting.settings(1, Duration.ofMillis(300)), held)) {
      HttpResponse<byte[]> slow =
          send(CLIENT, post(server, "/booklet", encode(validForm("Slow Student"))));
      assertEquals(503, slow.statusCode());
      assertEquals(
          BookletDownload.RETRY_AFTER_TIMEOUT, slow.headers().firstValue("Retry-After").orElse(""));
      assertEquals(0, server.slots().free(), "the overrunning render still counts");
      assertEquals(
          503,
          send(CLIENT, post(server, "/booklet", encode(validForm("Next Student")))).statusCode());

      held.release.countDown();
      waitForFreeSlots(server, 1);
    }
  }

  @Test
  void healthAnswers503WhileARenderRunsPastTheHardLimitAndOkAgainOnceItEnds() throws Exception {
    HeldRenderer held = new HeldRenderer();
    // A 300 ms render timeout: the hard limit is three of them, 900 ms, measured on a clock the
    // test
    // moves, so a slow machine cannot push the render past the limit before the first look.
    ManualClock clock = new ManualClock(WebTesting.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant());
    WebSettings settings = WebTesting.settings(2, Duration.ofMillis(300)).withClock(clock);
    try (BookletServer server = BookletServer.start(booklets(), settings, held)) {
      assertEquals(Duration.ofMillis(900), settings.stuckRenderLimit());
      HttpResponse<byte[]> stuck =
          send(CLIENT, post(server, "/booklet", encode(validForm("Stuck Student"))));
      assertEquals(503, stuck.statusCode(), "the request itself gave up at the render timeout");
      assertEquals(
          200, health(server).statusCode(), "a render under the hard limit is not a problem yet");
      clock.advance(Duration.ofMillis(900));
      assertEquals(200, health(server).statusCode(), "at the limit, not yet past it");
      clock.advance(Duration.ofMillis(1));
      HttpResponse<byte[]> r = health(server);
      assertEquals(503, r.statusCode(), "health says 503 once the render passes 900 ms");
      assertTrue(text(r.body()).startsWith("a render has been running too long"), text(r.body()));
      assertFalse(text(r.body()).contains("Stuck"), "nothing the student typed");

      held.release.countDown();
      waitFor(() -> health(server).statusCode() == 200, "ok again once the render ends");
      assertEquals("ok\n", text(health(server).body()));
    }
  }

  private static HttpResponse<byte[]> health(BookletServer server) {
    try {
      return send(CLIENT, HttpRequest.newBuilder(WebTesting.uri(server, "/health")).GET().build());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(condition.getAsBoolean(), what);
  }

  private static void waitForFreeSlots(BookletServer server, int n) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.slots().free() < n && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(n, server.slots().free());
  }
}
