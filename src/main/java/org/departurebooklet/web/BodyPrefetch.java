package org.departurebooklet.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads each POST body in full before its handler runs, without holding a thread while the bytes
 * arrive, with a deadline for the whole body.
 *
 * <p>A handler that reads its body with a blocking stream keeps its thread for as long as the
 * client takes to send it: 300 clients that send a byte every 25 seconds held every thread of the
 * server, and {@code /health} and real students got no answer. Here the body is read with the
 * servlet container's non-blocking input (a {@link ReadListener} is called only when bytes have
 * arrived), and the request reaches its handler, dispatched again, only once the whole body is in
 * memory ({@link #body}). A body still incomplete at the deadline is answered 408 and its
 * connection closed; one that falls below Jetty's minimum data rate ({@code
 * HttpConfiguration.setMinRequestDataRate}, checked at each read) the same. A body over the limit
 * stops being read at the limit and reaches the handler marked {@link Body#tooLarge()} (413); a
 * Content-Length over the limit is left for the handler to refuse without reading anything.
 *
 * <p>Thread-safe: one instance serves every request; the state of a body lives in its request.
 */
final class BodyPrefetch implements Filter {

  /** A body read in full, or the first {@code limit + 1} bytes of one over the limit. */
  record Body(byte[] bytes, boolean tooLarge) {}

  private static final String ATTRIBUTE = BodyPrefetch.class.getName() + ".body";

  private final int limit;
  private final Duration deadline;

  /**
   * @param limit the largest body read; a longer one is cut at {@code limit + 1} bytes
   * @param deadline how long the whole body may take to arrive
   */
  BodyPrefetch(int limit, Duration deadline) {
    this.limit = limit;
    this.deadline = deadline;
  }

  /** The body this filter read for the request, if it read one. */
  static Optional<Body> body(HttpServletRequest request) {
    return Optional.ofNullable((Body) request.getAttribute(ATTRIBUTE));
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    boolean read =
        request.getDispatcherType() == DispatcherType.REQUEST
            && "POST".equals(http.getMethod())
            && request.getAttribute(ATTRIBUTE) == null
            && request.getContentLengthLong() <= limit;
    if (!read) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() == 0) {
      request.setAttribute(ATTRIBUTE, new Body(new byte[0], false));
      chain.doFilter(request, response);
      return;
    }
    AsyncContext async = request.startAsync();
    async.setTimeout(deadline.toMillis());
    Reader reader = new Reader(async, request.getInputStream());
    async.addListener(reader);
    request.getInputStream().setReadListener(reader);
  }

  /** Collects one body; the first of done, too large, timed out or failed settles the request. */
  private final class Reader implements ReadListener, AsyncListener {
    private final AsyncContext async;
    private final ServletInputStream in;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[4096];
    private final AtomicBoolean settled = new AtomicBoolean();

    Reader(AsyncContext async, ServletInputStream in) {
      this.async = async;
      this.in = in;
    }

    @Override
    public void onDataAvailable() throws IOException {
      while (!settled.get() && in.isReady() && !in.isFinished()) {
        int n = in.read(buffer);
        if (n > 0) {
          bytes.write(buffer, 0, Math.min(n, limit + 1 - bytes.size()));
        }
        if (bytes.size() > limit) {
          hand(true); // the rest is never read: the handler answers 413 and the connection closes
          return;
        }
      }
    }

    @Override
    public void onAllDataRead() {
      hand(false);
    }

    /** Passes the request, with its body, to the handler on a container thread. */
    private void hand(boolean tooLarge) {
      if (settled.compareAndSet(false, true)) {
        async.getRequest().setAttribute(ATTRIBUTE, new Body(bytes.toByteArray(), tooLarge));
        async.dispatch();
      }
    }

    /**
     * Jetty's minimum data rate, a client that went away, a broken chunk: 408 if anyone still
     * listens.
     */
    @Override
    public void onError(Throwable failure) {
      timedOut();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      timedOut();
    }

    private void timedOut() {
      if (!settled.compareAndSet(false, true)) {
        return;
      }
      HttpServletResponse response = (HttpServletResponse) async.getResponse();
      try {
        if (!response.isCommitted()) {
          response.setStatus(HttpServletResponse.SC_REQUEST_TIMEOUT);
          response.setHeader("Connection", "close");
          response.setHeader("Cache-Control", "no-store");
          response.setContentType("text/plain; charset=utf-8");
          response
              .getOutputStream()
              .write(
                  ("The request did not arrive in time: its body must arrive in full within "
                          + deadline.toSeconds()
                          + " s.\n")
                      .getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException ignored) {
        // The client has gone: there is no one left to answer, and complete() below closes the
        // exchange.
      } finally {
        async.complete();
      }
    }

    @Override
    public void onError(AsyncEvent event) {
      timedOut();
    }

    @Override
    public void onComplete(AsyncEvent event) {
      settled.set(true);
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
      // Not restarted: the dispatch that follows the body needs no listener.
    }
  }
}
