package org.departurebooklet.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A load run against a booklet server on this machine: N students, each posting the form again as
 * soon as the last answer came (a closed loop, the worst case: real students think between
 * submits), until the requests are used up. Loopback addresses only. Not thread-safe; one run per
 * instance.
 */
public final class WebLoad {

  /** As students give them: names in the page languages and codes. */
  private static final String[] COUNTRIES = {
    "Vietnam", "SG", "中国", "KR", "India", "MY", "United States", "タイ", "Germany", "MM"
  };

  private static final String[] PLANS = {"return-home", "work-abroad", "undecided"};

  /** Latency of the answers with one status. */
  public record Latency(int count, double p50Ms, double p95Ms, double maxMs) {}

  /** The figures of one run: all answers, and by status (-1: no answer, a connection error). */
  public record Report(
      String what,
      int students,
      int requests,
      Latency all,
      Map<Integer, Latency> byStatus,
      int errors,
      double wallS) {

    public String describe() {
      StringBuilder out =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%s: %d requests from %d students in %.1f s (%.1f/s); refused (503): %d; errors other than 503: %d%n",
                  what,
                  requests,
                  students,
                  wallS,
                  requests / wallS,
                  refused(),
                  errors));
      out.append(line("all", all));
      byStatus.forEach((status, latency) -> out.append(line(Integer.toString(status), latency)));
      return out.toString().stripTrailing();
    }

    /** Answers 503: every slot busy and the queue full or its wait run out, or a render overran. */
    public int refused() {
      Latency l = byStatus.get(503);
      return l == null ? 0 : l.count();
    }

    private static String line(String label, Latency l) {
      return String.format(
          Locale.ROOT,
          "  %-4s %4d answers  p50 %5.0f ms  p95 %5.0f ms  max %5.0f ms%n",
          label,
          l.count(),
          l.p50Ms(),
          l.p95Ms(),
          l.maxMs());
    }
  }

  private final URI base;
  private final HttpClient client;
  private final Duration retryWait;

  /**
   * @param retryWait how long a student waits after a 503 before pressing the button again
   */
  public WebLoad(URI base, Duration retryWait) {
    this.base = requireLoopback(base);
    this.retryWait = retryWait;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  static URI requireLoopback(URI base) {
    try {
      if (!"http".equals(base.getScheme())
          || base.getHost() == null
          || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
        throw new IllegalArgumentException(
            base + " is not a loopback http:// address (use 127.0.0.1 or localhost)");
      }
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(base + ": unknown host", e);
    }
    return base;
  }

  /** Posts {@code requests} booklet forms from {@code students} concurrent students. */
  public Report booklets(int students, int requests) throws InterruptedException {
    return run(
        "POST /booklet",
        students,
        requests,
        i ->
            HttpRequest.newBuilder(base.resolve("/booklet"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(form(i)))
                .build());
  }

  /** Fetches the form page {@code requests} times. */
  public Report formPages(int students, int requests) throws InterruptedException {
    return run(
        "GET /",
        students,
        requests,
        i ->
            HttpRequest.newBuilder(base.resolve(i % 2 == 0 ? "/" : "/?lang=ja"))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build());
  }

  private interface RequestMaker {
    HttpRequest make(int i);
  }

  private Report run(String what, int students, int requests, RequestMaker maker)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(students);
    List<Future<List<long[]>>> futures = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int s = 0; s < students; s++) {
      futures.add(
          pool.submit(
              () -> {
                List<long[]> samples = new ArrayList<>();
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                  long start = System.nanoTime();
                  int status;
                  try {
                    status =
                        client
                            .send(maker.make(i), HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                  } catch (IOException e) {
                    status = -1;
                  }
                  samples.add(new long[] {status, System.nanoTime() - start});
                  if (status == 503) {
                    Thread.sleep(retryWait.toMillis());
                  }
                }
                return samples;
              }));
    }
    List<long[]> all = new ArrayList<>();
    try {
      for (Future<List<long[]>> f : futures) {
        all.addAll(f.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("load client failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    Map<Integer, List<Long>> times = new TreeMap<>();
    all.forEach(x -> times.computeIfAbsent((int) x[0], k -> new ArrayList<>()).add(x[1]));
    Map<Integer, Latency> byStatus = new TreeMap<>();
    times.forEach((status, t) -> byStatus.put(status, latency(t)));
    int errors = (int) all.stream().filter(x -> x[0] != 200 && x[0] != 503).count();
    return new Report(
        what,
        students,
        all.size(),
        latency(all.stream().map(x -> x[1]).toList()),
        byStatus,
        errors,
        wall);
  }

  private static Latency latency(List<Long> nanos) {
    Percentiles ms = Percentiles.of(nanos.stream().mapToDouble(n -> n / 1e6).toArray());
    return new Latency(nanos.size(), ms.median(), ms.at(95), ms.at(100));
  }

  static String form(int i) {
    LocalDate graduation = LocalDate.of(2027, 3, 10).plusDays(i % 15);
    Map<String, String> f = new LinkedHashMap<>();
    f.put("name", MadeUpClass.NAMES[i % MadeUpClass.NAMES.length] + " " + (i + 1));
    f.put("graduation_date", graduation.toString());
    f.put("departure_date", graduation.plusDays(10 + i % 30).toString());
    f.put("plan", PLANS[i % PLANS.length]);
    f.put("destination", COUNTRIES[i % COUNTRIES.length]);
    f.put("language", "en");
    f.put("paper", i % 4 == 0 ? "a4" : "a5");
    return f.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
