package org.departurebooklet.content;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLException;
import org.departurebooklet.io.IoProblems;

/**
 * Asks each link whether it still answers: what {@code booklet validate --links} does, and the only
 * code of the program that goes on the network (rendering loads nothing; see SECURITY.md). Nothing
 * else calls it.
 *
 * <p>Each link is asked with HEAD, or GET when HEAD is refused (405, 501), whose body is never
 * read. Redirects are followed here, one hop at a time, and only to the link's expected host or a
 * subdomain of it: a redirect anywhere else is a problem, and that host is never asked. Each
 * request has its own timeout; a few links are asked at a time. Stateless and thread-safe; each
 * {@link #check} call makes its own client and threads and stops them before it returns.
 */
public final class LinkCheck {

  /** More hops than this is a loop, or a site a reader would give up on. */
  static final int MAX_REDIRECTS = 10;

  /**
   * One link to ask.
   *
   * @param url the link as written in content
   * @param expectedHost the host it and every redirect must stay in: that host or a subdomain
   * @param where where it is written, as messages name it: {@code content/common.yaml: services[3]
   *     (linkedin).url}
   */
  public record Link(String url, String expectedHost, String where) {
    public Link {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(expectedHost, "expectedHost");
      Objects.requireNonNull(where, "where");
    }
  }

  /**
   * How to ask.
   *
   * @param timeout for each request: to connect, and again for the answer's first line
   * @param concurrency how many links are asked at a time
   * @param userAgent what the requests call the program
   * @param address where a request for a URL is sent: the URL itself, except in tests, which send
   *     "https://www.isa.go.jp/x" to a server on 127.0.0.1; host rules apply to the URL, not to
   *     this
   */
  public record Settings(
      Duration timeout, int concurrency, String userAgent, UnaryOperator<URI> address) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_CONCURRENCY = 4;
    public static final String USER_AGENT =
        "DepartureBooklet-LinkCheck/0.1 (booklet validate --links)";

    public Settings {
      Objects.requireNonNull(timeout, "timeout");
      Objects.requireNonNull(userAgent, "userAgent");
      Objects.requireNonNull(address, "address");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      if (concurrency < 1 || concurrency > 16) {
        throw new IllegalArgumentException("concurrency must be 1 to 16: " + concurrency);
      }
    }

    /** 10 s per request, 4 links at a time, sent where they point. */
    public static Settings defaults() {
      return new Settings(
          DEFAULT_TIMEOUT, DEFAULT_CONCURRENCY, USER_AGENT, UnaryOperator.identity());
    }

    public Settings withTimeout(Duration newTimeout) {
      return new Settings(newTimeout, concurrency, userAgent, address);
    }

    public Settings withAddress(UnaryOperator<URI> newAddress) {
      return new Settings(timeout, concurrency, userAgent, newAddress);
    }
  }

  /** What an answer means: 2xx is fine; a refusal of robots is a warning; the rest is broken. */
  public enum Verdict {
    OK,
    WARNING,
    PROBLEM
  }

  /**
   * What one link answered.
   *
   * @param status the last HTTP status, or 0 when there was no answer (or it was not asked)
   * @param detail what happened in words, from after the URL: {@code answered 404 (not found)}
   */
  public record Outcome(Link link, Verdict verdict, int status, String detail) {
    public Outcome {
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(detail, "detail");
    }

    /** The line validate prints: where, the link, what it answered. */
    public String describe() {
      return (verdict == Verdict.WARNING ? "warning: " : "")
          + link.where()
          + ": "
          + link.url()
          + " "
          + detail;
    }
  }

  /** An outcome before it is given to each link with that URL. */
  private record Answer(Verdict verdict, int status, String detail) {
    static Answer problem(String detail) {
      return new Answer(Verdict.PROBLEM, 0, detail);
    }
  }

  /** One hop's answer: its status and where it redirects, if it does. */
  private record Reply(int status, Optional<String> location) {}

  private LinkCheck() {}

  /**
   * Asks every link, {@code settings.concurrency()} at a time, and returns what each answered, in
   * the order given. A URL written twice (with the same host) is asked once.
   */
  public static List<Outcome> check(List<Link> links, Settings settings) {
    HttpClient client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.timeout())
            .build();
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            settings.concurrency(),
            task -> {
              Thread thread = new Thread(task, "link-check-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      Map<List<String>, Future<Answer>> asked = new LinkedHashMap<>();
      for (Link link : links) {
        asked.computeIfAbsent(
            List.of(link.url(), link.expectedHost()),
            key -> pool.submit(() -> ask(client, settings, link)));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Link link : links) {
        Answer answer = await(asked.get(List.of(link.url(), link.expectedHost())));
        outcomes.add(new Outcome(link, answer.verdict(), answer.status(), answer.detail()));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Answer await(Future<Answer> answer) {
    try {
      return answer.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the link check was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("checking a link failed", e.getCause());
    }
  }

  /** Follows one link hop by hop, asking each hop only when it is inside the expected host. */
  private static Answer ask(HttpClient client, Settings settings, Link link) {
    URI uri;
    try {
      uri = new URI(link.url());
    } catch (URISyntaxException e) {
      return Answer.problem("is not a valid link (" + e.getReason() + "), so it was not asked");
    }
    String host = link.expectedHost().toLowerCase(Locale.ROOT);
    if (!inside(uri, host)) {
      return Answer.problem("is not an http(s) link inside " + host + ", so it was not asked");
    }
    Hops hops = new Hops(client, settings);
    for (int hop = 0; ; hop++) {
      Reply reply;
      try {
        reply = hops.send(uri);
      } catch (IOException e) {
        return Answer.problem(failure(e, uri, settings.timeout()) + via(hop, uri));
      }
      if (!isRedirect(reply.status())) {
        return verdict(reply.status(), via(hop, uri));
      }
      URI from = uri;
      Optional<URI> next = reply.location().flatMap(location -> resolve(from, location));
      Optional<Answer> stop = unfollowable(reply, next, host, hop, uri);
      if (stop.isPresent()) {
        return stop.get();
      }
      uri = next.orElseThrow();
    }
  }

  /** Why a redirect is not followed, or empty when it is. */
  private static Optional<Answer> unfollowable(
      Reply reply, Optional<URI> next, String host, int hop, URI uri) {
    String detail;
    if (reply.location().isEmpty()) {
      detail =
          "answered " + reply.status() + " (a redirect) without saying where to" + via(hop, uri);
    } else if (next.isEmpty()) {
      detail =
          "redirects to \""
              + reply.location().get()
              + "\", which is not a valid link"
              + via(hop, uri);
    } else if (!inside(next.get(), host)) {
      detail =
          "redirects to "
              + next.get()
              + ", outside "
              + host
              + " (if the page moved there, update the link and its host)"
              + via(hop, uri);
    } else if (hop == MAX_REDIRECTS) {
      detail = "redirects more than " + MAX_REDIRECTS + " times (a loop?)";
    } else {
      return Optional.empty();
    }
    return Optional.of(new Answer(Verdict.PROBLEM, reply.status(), detail));
  }

  /**
   * The requests of one link: HEAD until the site refuses it (405, 501), then GET, whose body is
   * never read (closing it stops the transfer). Not thread-safe: one per link.
   */
  private static final class Hops {
    private final HttpClient client;
    private final Settings settings;
    private String method = "HEAD";

    Hops(HttpClient client, Settings settings) {
      this.client = client;
      this.settings = settings;
    }

    Reply send(URI uri) throws IOException {
      Reply reply = once(uri);
      if (method.equals("HEAD") && (reply.status() == 405 || reply.status() == 501)) {
        method = "GET"; // ask again the way a browser does, on this hop and the next ones
        reply = once(uri);
      }
      return reply;
    }

    private Reply once(URI uri) throws IOException {
      HttpRequest request =
          HttpRequest.newBuilder(settings.address().apply(uri))
              .method(method, HttpRequest.BodyPublishers.noBody())
              .timeout(settings.timeout())
              .header("User-Agent", settings.userAgent())
              .build();
      try {
        HttpResponse<InputStream> response =
            client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
          return new Reply(response.statusCode(), response.headers().firstValue("Location"));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** A Location header against the URL that sent it, or empty when it is not a link. */
  private static Optional<URI> resolve(URI base, String location) {
    try {
      // URI.resolve drops the slash between a host and a relative path when the base has no path.
      URI from =
          base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
      return Optional.of(from.resolve(new URI(location.strip())));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether a URL is http(s) on {@code host} or a subdomain of it. */
  private static boolean inside(URI uri, String host) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String its = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return (scheme.equals("https") || scheme.equals("http"))
        && !host.isEmpty()
        && (its.equals(host) || its.endsWith("." + host));
  }

  /** Where the answer came from when it is not the link itself. */
  private static String via(int hop, URI uri) {
    return hop == 0
        ? ""
        : " (at " + uri + ", after " + hop + (hop == 1 ? " redirect)" : " redirects)");
  }

  /** What a final status means, in words. */
  private static Answer verdict(int status, String via) {
    String answered = "answered " + status;
    if (status >= 200 && status < 300) {
      return new Answer(Verdict.OK, status, answered + via);
    }
    if (status == 401 || status == 403 || status == 429) {
      return new Answer(
          Verdict.WARNING,
          status,
          answered
              + " ("
              + refusal(status)
              + "; sites often refuse programs like this one: open it in a browser to be sure)"
              + via);
    }
    String meaning =
        switch (status) {
          case 404 -> "not found: the page is not there";
          case 410 -> "gone: the page was removed";
          default ->
              status >= 500
                  ? "the site's server failed; if it stays so, the link needs fixing"
                  : status >= 300 && status < 400
                      ? "a redirect that cannot be followed"
                      : "the page cannot be opened";
        };
    return new Answer(Verdict.PROBLEM, status, answered + " (" + meaning + ")" + via);
  }

  private static String refusal(int status) {
    return switch (status) {
      case 401 -> "asks for a login";
      case 403 -> "forbidden";
      default -> "too many requests";
    };
  }

  /** Why there was no answer, in words. */
  private static String failure(IOException e, URI uri, Duration timeout) {
    String seconds = seconds(timeout);
    if (e instanceof HttpConnectTimeoutException) {
      return "could not connect within " + seconds + " (timeout)";
    }
    if (e instanceof HttpTimeoutException) {
      return "did not answer within " + seconds + " (timeout)";
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return "could not be reached: the host name " + uri.getHost() + " was not found (DNS)";
      }
      if (t instanceof SSLException ssl) {
        return "could not be reached securely ("
            + words(ssl)
            + "): is its certificate out of date?";
      }
    }
    if (e instanceof ConnectException) {
      return "could not be reached: " + uri.getHost() + " refused the connection or is unreachable";
    }
    return "could not be reached (" + IoProblems.reason(e) + ")";
  }

  private static String words(Exception e) {
    return e.getMessage() == null || e.getMessage().isBlank()
        ? e.getClass().getSimpleName()
        : e.getMessage().strip();
  }

  /** A timeout as people read it: {@code 10 s}, {@code 0.5 s}. */
  public static String seconds(Duration timeout) {
    long millis = timeout.toMillis();
    return (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0))
        + " s";
  }
}
