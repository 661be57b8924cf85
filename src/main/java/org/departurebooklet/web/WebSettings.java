package org.departurebooklet.web;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.departurebooklet.render.RenderMemory;

/**
 * How the web server runs.
 *
 * @param host the address to listen on (127.0.0.1 by default; 0.0.0.0 behind a load balancer)
 * @param port the port; 0 picks a free one
 * @param renderSlots how many booklets render at once
 * @param queueLength how many requests may wait for a render slot at once; more get 503 at once
 * @param queueWait how long a request waits for a render slot at most before 503
 * @param renderTimeout how long a request waits for its render before giving up with 503
 * @param maxBodyBytes the largest form body accepted; more gets 413
 * @param bodyTimeout how long a request body may take to arrive in full; a slower one gets 408
 * @param minBodyRate the slowest a body may arrive once it has begun, in bytes per second; slower
 *     gets 408
 * @param threads the most threads the HTTP server runs requests on (Jetty's pool)
 * @param clock the clock whose date the booklet counts from (Japan time by default), and that
 *     measures how long a render has been running (for /health)
 */
public record WebSettings(
    String host,
    int port,
    int renderSlots,
    int queueLength,
    Duration queueWait,
    Duration renderTimeout,
    int maxBodyBytes,
    Duration bodyTimeout,
    int minBodyRate,
    int threads,
    Clock clock) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final Duration DEFAULT_RENDER_TIMEOUT = Duration.ofSeconds(20);

  /** Requests that may wait for a slot, per slot. */
  public static final int DEFAULT_QUEUE_PER_SLOT = 2;

  /** Long enough for a busy slot to finish a booklet or two, short enough to answer 503 quickly. */
  public static final Duration DEFAULT_QUEUE_WAIT = Duration.ofSeconds(1);

  /** The form sends well under 2 KiB even for a 100-character name in any script. */
  public static final int DEFAULT_MAX_BODY = 16 * 1024;

  /**
   * A whole form body (a packet or two) arrives in well under a second even on a poor mobile
   * connection; 10 s leaves room for a stalled retransmission and cuts off a client that sends a
   * byte at a time.
   */
  public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(10);

  /** Bytes per second a body must keep up once begun (Jetty checks it at each read). */
  public static final int DEFAULT_MIN_BODY_RATE = 256;

  /**
   * Jetty's pool as Javalin sizes it: bodies are read without a thread, so it never fills with slow
   * clients.
   */
  public static final int DEFAULT_THREADS = 250;

  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  /** A render running this many render timeouts makes /health answer 503. */
  public static final int STUCK_AFTER_TIMEOUTS = 3;

  public WebSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(queueWait, "queueWait");
    Objects.requireNonNull(renderTimeout, "renderTimeout");
    Objects.requireNonNull(clock, "clock");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not a port (use 0 to 65535)");
    }
    if (renderSlots < 1) {
      throw new IllegalArgumentException("render slots must be at least 1, not " + renderSlots);
    }
    if (queueLength < 0) {
      throw new IllegalArgumentException("the queue length cannot be negative, not " + queueLength);
    }
    if (queueWait.isNegative()) {
      throw new IllegalArgumentException("the queue wait cannot be negative");
    }
    if (renderTimeout.isNegative() || renderTimeout.isZero()) {
      throw new IllegalArgumentException("render timeout must be positive");
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("the body limit must be at least 1024 bytes");
    }
    Objects.requireNonNull(bodyTimeout, "bodyTimeout");
    if (bodyTimeout.isNegative() || bodyTimeout.isZero()) {
      throw new IllegalArgumentException("the body timeout must be positive");
    }
    if (minBodyRate < 0) {
      throw new IllegalArgumentException(
          "the minimum body rate cannot be negative, not " + minBodyRate);
    }
    if (threads < 8) {
      // Jetty's acceptor and selector threads come out of the same pool.
      throw new IllegalArgumentException("the server needs at least 8 threads, not " + threads);
    }
  }

  /**
   * Loopback, port 8080, one slot per core but no more than the heap holds ({@link RenderMemory}),
   * up to two waiting requests per slot for at most 1 s, 20 s timeout, 16 KiB bodies that must
   * arrive within 10 s, Japan's date.
   */
  public static WebSettings defaults() {
    int slots =
        Math.min(
            Runtime.getRuntime().availableProcessors(),
            RenderMemory.fit(Runtime.getRuntime().maxMemory()));
    return new WebSettings(
        DEFAULT_HOST,
        DEFAULT_PORT,
        slots,
        DEFAULT_QUEUE_PER_SLOT * slots,
        DEFAULT_QUEUE_WAIT,
        DEFAULT_RENDER_TIMEOUT,
        DEFAULT_MAX_BODY,
        DEFAULT_BODY_TIMEOUT,
        DEFAULT_MIN_BODY_RATE,
        DEFAULT_THREADS,
        Clock.system(JAPAN));
  }

  /**
   * How long a render may run before the copy counts as stuck and /health answers 503: three times
   * the render timeout (60 s by default). The PDF renderer cannot be stopped, so a render that
   * never ends keeps its slot; a load balancer should then take the copy out of rotation.
   */
  public Duration stuckRenderLimit() {
    return renderTimeout.multipliedBy(STUCK_AFTER_TIMEOUTS);
  }

  public WebSettings withPort(int p) {
    return new WebSettings(
        host,
        p,
        renderSlots,
        queueLength,
        queueWait,
        renderTimeout,
        maxBodyBytes,
        bodyTimeout,
        minBodyRate,
        threads,
        clock);
  }

  public WebSettings withHost(String h) {
    return new WebSettings(
        h,
        port,
        renderSlots,
        queueLength,
        queueWait,
        renderTimeout,
        maxBodyBytes,
        bodyTimeout,
        minBodyRate,
        threads,
        clock);
  }

  /** {@code n} slots, and the queue length that goes with them (2 × n): set another one after. */
  public WebSettings withRenderSlots(int n) {
    return new WebSettings(
        host,
        port,
        n,
        DEFAULT_QUEUE_PER_SLOT * n,
        queueWait,
        renderTimeout,
        maxBodyBytes,
        bodyTimeout,
        minBodyRate,
        threads,
        clock);
  }

  public WebSettings withQueueLength(int n) {
    return new WebSettings(
        host,
        port,
        renderSlots,
        n,
        queueWait,
        renderTimeout,
        maxBodyBytes,
        bodyTimeout,
        minBodyRate,
        threads,
        clock);
  }

  public WebSettings withQueueWait(Duration d) {
    return new WebSettings(
        host,
        port,
        renderSlots,
        queueLength,
        d,
        renderTimeout,
        maxBodyBytes,
        bodyTimeout,
        minBodyRate,
        threads,
        clock);
  }

  public WebSettings withRenderTimeout(Duration d) {
    return new WebSettings(
        host,
        port,
        renderSlots,
        queueLength,
        queueWait,
        d,
        maxBodyBytes,
        bodyTimeout,
        minBodyRate,
        threads,
        clock);
  }

  public WebSettings withClock(Clock c) {
    return new WebSettings(
        host,
        port,
        renderSlots,
        queueLength,
        queueWait,
        renderTimeout,
        maxBodyBytes,
        bodyTimeout,
        minBodyRate,
        threads,
        c);
  }

  public WebSettings withBodyTimeout(Duration d) {
    return new WebSettings(
        host,
        port,
        renderSlots,
        queueLength,
        queueWait,
        renderTimeout,
        maxBodyBytes,
        d,
        minBodyRate,
        threads,
        clock);
  }

  public WebSettings withMinBodyRate(int bytesPerSecond) {
    return new WebSettings(
        host,
        port,
        renderSlots,
        queueLength,
        queueWait,
        renderTimeout,
        maxBodyBytes,
        bodyTimeout,
        bytesPerSecond,
        threads,
        clock);
  }

  public WebSettings withThreads(int n) {
    return new WebSettings(
        host,
        port,
        renderSlots,
        queueLength,
        queueWait,
        renderTimeout,
        maxBodyBytes,
        bodyTimeout,
        minBodyRate,
        n,
        clock);
  }
}
