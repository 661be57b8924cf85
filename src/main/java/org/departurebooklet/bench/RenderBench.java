package org.departurebooklet.bench;

import com.sun.management.ThreadMXBean;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.departurebooklet.Booklets;
import org.departurebooklet.model.Student;

/**
 * {@code booklet bench}: renders a class of booklets in one process, cold (right after start) and
 * warm (after more booklets), and prints the median time per booklet and the throughput. Not
 * thread-safe; one run per instance.
 */
public final class RenderBench {

  /**
   * What to measure.
   *
   * @param count booklets measured per run
   * @param warmup booklets rendered, unmeasured, between the cold and the warm run
   * @param threads render threads
   * @param compareTagging also measure untagged rendering, warm
   */
  public record Settings(int count, int warmup, int threads, boolean compareTagging) {}

  private final Booklets booklets;
  private final PrintWriter out;

  /** Bytes allocated by the renders of the current measurement. */
  private final LongAdder allocated = new LongAdder();

  public RenderBench(Booklets booklets, PrintWriter out) {
    this.booklets = booklets;
    this.out = out;
  }

  /**
   * Measures cold, then warm (and untagged if asked); {@code startNanos} is when the process began
   * setting up.
   */
  public void run(Settings settings, Booklets.Options options, long startNanos) throws Exception {
    List<Booklets.CheckedStudent> students =
        checked(MadeUpClass.students(0, settings.count()), options);
    List<Booklets.CheckedStudent> warmStudents =
        checked(MadeUpClass.students(settings.count(), settings.warmup()), options);
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    try {
      int pages = booklets.pdf(students.get(0)).pages();
      out.printf(
          Locale.ROOT,
          "setup (content, templates, fonts) and the first booklet: %.0f ms%n",
          (System.nanoTime() - startNanos) / 1e6);
      out.printf(
          Locale.ROOT,
          "%d booklets (%d pages each, %s, %s), %d threads on %d cores%n",
          students.size(),
          pages,
          options.paper().code(),
          students.get(0).language(),
          settings.threads(),
          Runtime.getRuntime().availableProcessors());
      String label = options.tagged() ? "tagged (PDF/UA-1 + PDF/A-2u)" : "untagged";
      double cold = measure("cold, " + label, pool, students);
      render(pool, warmStudents);
      if (settings.compareTagging()) {
        // Both paths warm up before either is measured, so the second does not inherit a warmer
        // JIT.
        render(
            pool,
            checked(
                MadeUpClass.students(settings.count(), settings.warmup()),
                options.withTagged(false)));
      }
      double warm =
          measure("warm (after " + settings.warmup() + " more), " + label, pool, students);
      out.printf(Locale.ROOT, "warm/cold = %.2f%n", warm / cold);
      if (settings.compareTagging()) {
        double plain =
            measure(
                "warm, untagged",
                pool,
                checked(MadeUpClass.students(0, settings.count()), options.withTagged(false)));
        out.printf(
            Locale.ROOT,
            "tagging costs %.0f%% of warm throughput (untagged/tagged = %.2f)%n",
            100 * (1 - warm / plain),
            plain / warm);
      }
      out.printf(
          Locale.ROOT,
          "max heap %d MiB, used after run %d MiB%n",
          Runtime.getRuntime().maxMemory() >> 20,
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The students checked for these options; a student the fonts cannot print stops the bench. */
  private List<Booklets.CheckedStudent> checked(List<Student> students, Booklets.Options options) {
    return students.stream()
        .map(s -> booklets.check(s, options).orElseThrow("made-up student"))
        .toList();
  }

  /** Renders every student once; prints and returns booklets/s. */
  private double measure(String label, ExecutorService pool, List<Booklets.CheckedStudent> students)
      throws Exception {
    allocated.reset();
    long jit0 = ProcessClock.jitMillis();
    long gc0 = ProcessClock.gcMillis();
    long t0 = System.nanoTime();
    long[] perBooklet = render(pool, students);
    double wallS = (System.nanoTime() - t0) / 1e9;
    long jit = ProcessClock.jitMillis() - jit0;
    long gc = ProcessClock.gcMillis() - gc0;
    Percentiles cpu =
        Percentiles.of(Arrays.copyOfRange(perBooklet, perBooklet.length / 2, perBooklet.length));
    Percentiles wall = Percentiles.of(Arrays.copyOf(perBooklet, perBooklet.length / 2));
    double rate = students.size() / wallS;
    out.printf(
        Locale.ROOT,
        "%s: median %.1f ms per booklet (%.1f ms CPU, %.0f MB allocated), p95 %.1f ms,"
            + " %.1f booklets/s (%.2f s wall)%n",
        label,
        wall.median() / 1e6,
        cpu.median() / 1e6,
        allocated.sum() / 1e6 / students.size(),
        wall.at(95) / 1e6,
        rate,
        wallS);
    out.printf(
        Locale.ROOT,
        "  meanwhile the JIT compiler worked %.1f s and garbage collection took %.1f s%n",
        jit / 1e3,
        gc / 1e3);
    return rate;
  }

  /** Renders every student; returns their wall times followed by their CPU times (ns). */
  private long[] render(ExecutorService pool, List<Booklets.CheckedStudent> students)
      throws Exception {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    List<Future<long[]>> futures = new ArrayList<>();
    for (Booklets.CheckedStudent s : students) {
      futures.add(
          pool.submit(
              () -> {
                long cpu = threads.getCurrentThreadCpuTime();
                long bytes = threads.getCurrentThreadAllocatedBytes();
                long t = System.nanoTime();
                booklets.pdf(s);
                allocated.add(threads.getCurrentThreadAllocatedBytes() - bytes);
                return new long[] {System.nanoTime() - t, threads.getCurrentThreadCpuTime() - cpu};
              }));
    }
    long[] times = new long[2 * futures.size()];
    for (int i = 0; i < futures.size(); i++) {
      long[] t = futures.get(i).get();
      times[i] = t[0];
      times[futures.size() + i] = t[1];
    }
    return times;
  }
}
