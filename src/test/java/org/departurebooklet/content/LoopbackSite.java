package org.departurebooklet.content;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web site on 127.0.0.1 for link checks, never the real network. It answers by path:
 *
 * <ul>
 *   <li>{@code /missing} 404, {@code /gone} 410, {@code /broken} 503, {@code /forbidden} 403;
 *   <li>{@code /moved} redirects to {@code /ok} (the same host), {@code /loop} to itself;
 *   <li>{@code /moved-away} redirects to {@code http://localhost:PORT/landing}: another host name
 *       for this same server, so a request there would show in {@link #requests()};
 *   <li>{@code /redirect?to=URL} redirects to URL;
 *   <li>{@code /no-head} refuses HEAD with 405 and answers GET with 200;
 *   <li>{@code /slow} answers only when the site is closed (a timeout);
 *   <li>{@code /busy} answers after a moment (to count requests at once);
 *   <li>any other path 200.
 * </ul>
 *
 * Records every request ("HEAD /ok") and its User-Agent. Thread-safe.
 */
public final class LoopbackSite implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final List<String> requests = new ArrayList<>();
  private final List<String> userAgents = new ArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostAtOnce = new AtomicInteger();

  private LoopbackSite(HttpServer server) {
    this.server = server;
  }

  /** Starts a site on a free port of 127.0.0.1. */
  public static LoopbackSite start() {
    try {
      LoopbackSite site =
          new LoopbackSite(
              HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
      site.server.createContext("/", site::answer);
      site.server.setExecutor(site.handlers);
      site.server.start();
      return site;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:PORT} + path. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The same request sent here instead: scheme, host and port replaced, path and query kept. */
  public URI here(URI uri) {
    return URI.create(
        url(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
  }

  /** Every request so far, such as {@code "HEAD /ok"}, in the order they came. */
  public synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  public synchronized List<String> userAgents() {
    return List.copyOf(userAgents);
  }

  /** The most requests that were being answered at one time. */
  public int mostAtOnce() {
    return mostAtOnce.get();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    synchronized (this) {
      requests.add(method + " " + path);
      userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
    }
    mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try (exchange) {
      switch (path) {
        case "/missing" -> send(exchange, 404);
        case "/gone" -> send(exchange, 410);
        case "/broken" -> send(exchange, 503);
        case "/forbidden" -> send(exchange, 403);
        case "/moved" -> redirect(exchange, "/ok");
        case "/loop" -> redirect(exchange, "/loop");
        case "/moved-away" ->
            redirect(exchange, "http://localhost:" + server.getAddress().getPort() + "/landing");
        case "/redirect" ->
            redirect(exchange, exchange.getRequestURI().getQuery().replaceFirst("^to=", ""));
        case "/no-head" -> send(exchange, method.equals("HEAD") ? 405 : 200);
        case "/slow" -> {
          await(closing, 60_000);
          send(exchange, 200);
        }
        case "/busy" -> {
          await(closing, 150);
          send(exchange, 200);
        }
        default -> send(exchange, 200);
      }
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    send(exchange, 302);
  }

  private static void send(HttpExchange exchange, int status) throws IOException {
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    byte[] body = ("<p>" + status + "</p>").getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    } catch (IOException ignored) {
      // the checker closes a GET once it has the status, without reading the body
    }
  }

  private static void await(CountDownLatch latch, long millis) {
    try {
      latch.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    handlers.shutdownNow();
  }
}
