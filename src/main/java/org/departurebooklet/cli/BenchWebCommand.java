package org.departurebooklet.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.departurebooklet.BookletException;
import org.departurebooklet.Booklets;
import org.departurebooklet.bench.WebLoad;
import org.departurebooklet.web.BookletServer;
import org.departurebooklet.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code booklet bench-web}: N students submitting the form at once against a server on this
 * machine (started in-process unless {@code --url} names one on loopback); prints p50/p95 latency
 * and the answers by status. Speed targets are checked here, never in tests.
 */
@Command(
    name = "bench-web",
    mixinStandardHelpOptions = true,
    description =
        "Load the web server on loopback: p50/p95 latency and errors for N concurrent students.")
final class BenchWebCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--students",
      defaultValue = "4",
      description = "Students submitting at once (default ${DEFAULT-VALUE}).")
  int students;

  @Option(
      names = "--requests",
      defaultValue = "200",
      description = "Booklet requests in all (default ${DEFAULT-VALUE}).")
  int requests;

  @Option(
      names = "--warmup",
      defaultValue = "20",
      description = "Requests sent first and not measured (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--settle",
      paramLabel = "N",
      defaultValue = "400",
      description =
          "After the first measurement, booklets sent unmeasured before measuring again, warm "
              + "(default ${DEFAULT-VALUE}; 0 measures once).")
  int settle;

  @Option(
      names = "--render-slots",
      paramLabel = "N",
      description = "Render slots of the in-process server (default: the number of cores).")
  Integer renderSlots;

  @Option(
      names = "--queue",
      paramLabel = "N",
      description =
          "Requests of the in-process server that may wait for a slot (default: 2 x render slots).")
  Integer queueLength;

  @Option(
      names = "--queue-wait",
      paramLabel = "MS",
      defaultValue = "1000",
      description = "How long they wait at most (default ${DEFAULT-VALUE} ms).")
  long queueWaitMs;

  @Option(
      names = "--retry-wait",
      paramLabel = "MS",
      defaultValue = "500",
      description =
          "How long a student waits after a 503 before pressing again (default ${DEFAULT-VALUE} ms).")
  long retryWaitMs;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "A running server on this machine (http://127.0.0.1:PORT/) instead of an in-process one.")
  URI url;

  @Mixin AssetOptions assets;

  @Override
  public Integer call() throws InterruptedException {
    if (students < 1 || requests < 1 || warmup < 0 || settle < 0) {
      throw new BookletException(
          BookletException.Kind.USAGE,
          "--students and --requests must be at least 1, --warmup and --settle at least 0");
    }
    ServeCommand.quietLogging();
    PrintWriter out = spec.commandLine().getOut();
    BookletServer server = null;
    try {
      URI base = url;
      if (base == null) {
        WebSettings d = WebSettings.defaults();
        Booklets booklets = assets.open();
        WebSettings settings;
        try {
          settings =
              d.withPort(0)
                  .withRenderSlots(renderSlots == null ? d.renderSlots() : renderSlots)
                  .withRenderTimeout(Duration.ofSeconds(60));
          settings =
              settings
                  .withQueueLength(queueLength == null ? settings.queueLength() : queueLength)
                  .withQueueWait(Duration.ofMillis(queueWaitMs));
        } catch (IllegalArgumentException e) {
          throw new BookletException(BookletException.Kind.USAGE, e.getMessage());
        }
        server = BookletServer.start(booklets, settings);
        base = URI.create("http://127.0.0.1:" + server.port() + "/");
        out.printf(
            "in-process server on %s with %d render slots, up to %d requests waiting %d ms for one, "
                + "%d cores%n",
            base,
            server.slots().size(),
            settings.queueLength(),
            settings.queueWait().toMillis(),
            Runtime.getRuntime().availableProcessors());
      }
      WebLoad load;
      try {
        load = new WebLoad(base, Duration.ofMillis(retryWaitMs));
      } catch (IllegalArgumentException e) {
        throw new BookletException(BookletException.Kind.USAGE, "--url " + e.getMessage());
      }
      if (warmup > 0) {
        load.booklets(Math.min(students, 2), warmup);
      }
      out.println(load.formPages(students, Math.max(50, requests)).describe());
      out.println((url == null ? "fresh process, after " : "after ") + warmup + " booklets:");
      out.println(load.booklets(students, requests).describe());
      out.flush();
      if (settle > 0) {
        // The JIT compiler shares the cores for the first few hundred booklets of a process.
        load.booklets(Math.min(students, 2), settle);
        out.println("warm, after " + settle + " more:");
        out.println(load.booklets(students, requests).describe());
      }
      out.flush();
    } finally {
      if (server != null) {
        server.close();
      }
    }
    return ExitCodes.OK;
  }
}
