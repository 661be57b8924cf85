package org.departurebooklet.cli;

import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.net.BindException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.departurebooklet.BookletException;
import org.departurebooklet.Booklets;
import org.departurebooklet.model.Plan;
import org.departurebooklet.model.Student;
import org.departurebooklet.view.Paper;
import org.departurebooklet.web.BookletServer;
import org.departurebooklet.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code booklet serve}: the web page where students make and download their own booklet. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the booklet form: students fill it in and download their booklet.",
      "Nothing typed is stored or logged; the server keeps no state, so copies can run behind a load balancer."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = WebSettings.DEFAULT_HOST,
      description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for all addresses).")
  String host;

  @Option(
      names = "--render-slots",
      paramLabel = "N",
      description =
          "Booklets rendered at once (default: the number of cores, as many as Java's heap holds: about"
              + " 128 MiB each beyond 64 MiB; more is lowered with a warning).")
  Integer renderSlots;

  @Option(
      names = "--queue",
      paramLabel = "N",
      description =
          "Requests that may wait for a free render slot when all are busy (default: 2 x render "
              + "slots; 0: none waits). Beyond it a request gets 503 + Retry-After at once.")
  Integer queueLength;

  @Option(
      names = "--queue-wait",
      paramLabel = "MS",
      defaultValue = "1000",
      description =
          "How long a request waits for a free render slot at most before 503 + Retry-After (default ${DEFAULT-VALUE} ms).")
  long queueWaitMs;

  @Option(
      names = "--render-timeout",
      paramLabel = "SECONDS",
      defaultValue = "20",
      description = {
        "How long a request waits for its booklet before answering 503 (default ${DEFAULT-VALUE}).",
        "A render still running after 3 times this makes GET /health answer 503 (the copy may be stuck)."
      })
  int renderTimeoutSeconds;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "0",
      description = {
        "Booklets rendered before listening, so the first students get warm speed (default ${DEFAULT-VALUE};",
        "400 take about 22 s on 2 cores; until then the port is closed, so a load balancer waits)."
      })
  int warmup;

  @Mixin AssetOptions assets;

  @Override
  public Integer call() throws InterruptedException {
    quietLogging();
    WebSettings settings;
    RenderThreads.Choice slots = RenderThreads.choose(renderSlots, "--render-slots");
    try {
      settings =
          WebSettings.defaults()
              .withHost(host)
              .withPort(port)
              .withRenderSlots(slots.threads())
              .withRenderTimeout(Duration.ofSeconds(renderTimeoutSeconds));
      settings =
          settings
              .withQueueLength(queueLength == null ? settings.queueLength() : queueLength)
              .withQueueWait(Duration.ofMillis(queueWaitMs));
    } catch (IllegalArgumentException e) {
      throw new BookletException(BookletException.Kind.USAGE, e.getMessage());
    }
    slots.message().ifPresent(spec.commandLine().getErr()::println);
    if (warmup < 0) {
      throw new BookletException(
          BookletException.Kind.USAGE, "--warmup must be at least 0, not " + warmup);
    }
    Booklets booklets = assets.open();
    booklets.languages().forEach(booklets::content); // every language the form offers must render
    warmUp(booklets, settings.renderSlots());
    BookletServer server;
    try {
      server = BookletServer.start(booklets, settings);
    } catch (JavalinBindException e) {
      String reason = "";
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BindException bind && bind.getMessage() != null) {
          reason = bind.getMessage(); // "Address already in use", "Cannot assign requested address"
        }
      }
      String lower = reason.toLowerCase(Locale.ROOT);
      String hint =
          lower.contains("in use")
              ? "another program is using the port: try another --port"
              : lower.contains("permission")
                  ? "ports below 1024 need administrator rights: try --port 8080"
                  : lower.contains("assign")
                      ? "this machine has no such address: try --host 127.0.0.1 or 0.0.0.0"
                      : "check --host and --port";
      throw new BookletException(
          BookletException.Kind.USAGE,
          "cannot listen on "
              + settings.host()
              + ":"
              + settings.port()
              + " ("
              + (reason.isEmpty() ? "" : lower + "; ")
              + hint
              + ")");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "serve-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Serving the booklet form on http://%s:%d/ (%d render slot%s, up to %d waiting %d ms for one, "
            + "%d s timeout). Ctrl+C stops.%n",
        settings.host(),
        server.port(),
        settings.renderSlots(),
        settings.renderSlots() == 1 ? "" : "s",
        settings.queueLength(),
        settings.queueWait().toMillis(),
        renderTimeoutSeconds);
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  /**
   * Renders {@code warmup} made-up students' booklets (every language, both papers) on as many
   * threads as render slots, so the JIT compiler has done its work before the first student.
   */
  private void warmUp(Booklets booklets, int threads) throws InterruptedException {
    if (warmup == 0) {
      return;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Warming up: %d booklets on %d thread%s...%n", warmup, threads, threads == 1 ? "" : "s");
    out.flush();
    long start = System.nanoTime();
    List<String> languages = List.copyOf(booklets.languages());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      List<Student> students = warmUpStudents(warmup);
      for (int i = 0; i < students.size(); i++) {
        Student student = students.get(i);
        Booklets.Options options =
            new Booklets.Options(
                Paper.values()[i % Paper.values().length],
                Optional.of(languages.get(i % languages.size())),
                LocalDate.now(),
                Instant.now());
        // A school's fonts may lack a script: such made-up students are skipped.
        booklets
            .check(student, options)
            .student()
            .ifPresent(checked -> done.add(pool.submit(() -> booklets.pdf(checked))));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof BookletException problem) {
        throw problem;
      }
      throw new IllegalStateException("a warm-up booklet failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    out.printf("Warmed up in %.1f s.%n", (System.nanoTime() - start) / 1e9);
  }

  private static final String[] WARM_UP_NAMES = {
    "Lê Thị Hồng Nhung", "Priya Raman", "王小明", "김민준", "山田 花子", "José Ramírez"
  };
  private static final String[] WARM_UP_COUNTRIES = {"VN", "NP", "CN", "KR", "DE", "US"};

  /** {@code n} made-up students in the scripts students write their names in, every plan. */
  private static List<Student> warmUpStudents(int n) {
    List<Student> students = new ArrayList<>(n);
    LocalDate graduation = LocalDate.now().plusMonths(3);
    for (int i = 0; i < n; i++) {
      students.add(
          new Student(
              WARM_UP_NAMES[i % WARM_UP_NAMES.length],
              Optional.empty(),
              graduation.plusDays(i % 7),
              graduation.plusDays(7 + i % 30),
              null,
              Plan.values()[i % Plan.values().length],
              WARM_UP_COUNTRIES[i % WARM_UP_COUNTRIES.length],
              Optional.empty(),
              Optional.empty()));
    }
    return students;
  }

  /**
   * Info level for everything, with time stamps; an operator's own -D settings win. At info neither
   * Jetty nor Javalin logs request contents; our access log carries method, path, status, time,
   * size.
   */
  static void quietLogging() {
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "info");
    setIfAbsent("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    setIfAbsent("org.slf4j.simpleLogger.log.io.javalin", "info");
    setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
    setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
