package org.departurebooklet.cli;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.departurebooklet.BookletException;
import org.departurebooklet.Booklets;
import org.departurebooklet.model.Plan;
import org.departurebooklet.model.Student;
import org.departurebooklet.view.Paper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code booklet bench}: renders a class of personalized booklets in one process and prints the
 * median time per booklet and the throughput. Speed targets are checked here, never in tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure rendering speed: median ms per booklet and booklets/s over a class of students,"
        + " first cold (right after start), then warm (after --warmup more booklets).")
final class BenchCommand implements Callable<Integer> {

  private static final String[] NAMES = {
      "Lê Thị Hồng Nhung", "Nguyễn Văn Đức", "王小明", "김민준", "Priya Raman", "Siti Nurhaliza",
      "José Ramírez", "山田 花子", "Tran Bao Ngoc", "Aung Kyaw Moe"};
  private static final String[] COUNTRIES = {"VN", "SG", "CN", "KR", "IN", "MY", "US", "TH", "DE", "MM"};

  @Spec
  CommandSpec spec;

  @Option(names = "--count", defaultValue = "200", description = "Booklets to render (default ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--threads", description = "Render threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--warmup", defaultValue = "2000", description = "Booklets rendered, and not measured, between the cold"
      + " and the warm measurement (default ${DEFAULT-VALUE}; on 2 cores the JIT compiler works through the first thousand or more).")
  int warmup;

  @Option(names = "--paper", defaultValue = "a5", description = "a5 or a4 (default ${DEFAULT-VALUE}).")
  String paper;

  @Option(names = "--lang", description = "Language of every booklet (default: en).")
  String lang;

  @Option(names = "--compare-tagging",
      description = "Also measure untagged rendering in the same run, and print the ratio.")
  boolean compareTagging;

  @Option(names = "--no-tagging", description = "Measure untagged rendering only (for profiling the difference).")
  boolean untagged;

  @Option(names = "--batch", description = "Measure the whole batch command instead: a generated roster of --count rows,"
      + " with the PDFs and manifest written to a temporary folder; reports the first (cold) run, then booklets/s for"
      + " each of --repeat warm runs and their median.")
  boolean batch;

  @Option(names = "--repeat", defaultValue = "3", description = "With --batch: measured runs (default ${DEFAULT-VALUE}).")
  int repeat;

  @Mixin
  AssetOptions assets;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (untagged && compareTagging) {
      throw new BookletException(BookletException.Kind.USAGE,
          "--no-tagging and --compare-tagging do not go together (--compare-tagging measures both)");
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int n = threads == null ? cores : threads;
    long start = System.nanoTime();
    Booklets booklets = assets.open();
    LocalDate today = LocalDate.of(2026, 11, 25);
    Booklets.Options options = new Booklets.Options(Paper.fromCode(paper).orElse(Paper.A5),
        Optional.ofNullable(lang), today, BookletOptions.created(today)).withTagged(!untagged);
    List<Student> students = students(0, count);
    List<Student> warmStudents = students(count, warmup);
    if (batch) {
      return BatchBench.run(booklets, students, warmStudents, options, n, repeat, out);
    }
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      int pages = booklets.pdf(students.get(0), options).pages();
      out.printf(Locale.ROOT, "setup (content, templates, fonts) and the first booklet: %.0f ms%n",
          (System.nanoTime() - start) / 1e6);
      out.printf(Locale.ROOT, "%d booklets (%d pages each, %s, %s), %d threads on %d cores%n",
          count, pages, options.paper().code(), booklets.languageFor(students.get(0), options), n, cores);
      String label = untagged ? "untagged" : "tagged (PDF/UA-1 + PDF/A-2u)";
      double cold = measure(out, "cold, " + label, pool, booklets, students, options);
      run(pool, booklets, warmStudents, options);
      if (compareTagging) {
        // Both paths warm up before either is measured, so the second does not inherit a warmer JIT.
        run(pool, booklets, warmStudents, options.withTagged(false));
      }
      double warm = measure(out, "warm (after " + warmup + " more), " + label, pool, booklets, students, options);
      out.printf(Locale.ROOT, "warm/cold = %.2f%n", warm / cold);
      if (compareTagging) {
        double plain = measure(out, "warm, untagged", pool, booklets, students, options.withTagged(false));
        out.printf(Locale.ROOT, "tagging costs %.0f%% of warm throughput (untagged/tagged = %.2f)%n",
            100 * (1 - warm / plain), plain / warm);
      }
      out.printf(Locale.ROOT, "max heap %d MiB, used after run %d MiB%n",
          Runtime.getRuntime().maxMemory() >> 20,
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    } finally {
      pool.shutdownNow();
    }
    return ExitCodes.OK;
  }

  /** {@code n} made-up students, numbered from {@code first}: names in five scripts, varied dates, plans and destinations. */
  static List<Student> students(int first, int n) {
    List<Student> students = new ArrayList<>(n);
    for (int i = first; i < first + n; i++) {
      LocalDate graduation = LocalDate.of(2027, 3, 10).plusDays(i % 15);
      students.add(new Student(NAMES[i % NAMES.length] + " " + (i + 1), Optional.of("S2027-" + (1000 + i)),
          graduation, graduation.plusDays(10 + i % 30), null, Plan.values()[i % 3],
          COUNTRIES[i % COUNTRIES.length], Optional.empty(), Optional.empty()));
    }
    return students;
  }

  /** Renders every student once; prints and returns booklets/s. */
  private double measure(PrintWriter out, String label, ExecutorService pool, Booklets booklets,
      List<Student> students, Booklets.Options options) throws Exception {
    ALLOCATED.reset();
    long jit0 = jitMillis();
    long gc0 = gcMillis();
    long t0 = System.nanoTime();
    long[] perBooklet = run(pool, booklets, students, options);
    double wallS = (System.nanoTime() - t0) / 1e9;
    long jit = jitMillis() - jit0;
    long gc = gcMillis() - gc0;
    long[] cpu = Arrays.copyOfRange(perBooklet, perBooklet.length / 2, perBooklet.length);
    perBooklet = Arrays.copyOf(perBooklet, perBooklet.length / 2);
    Arrays.sort(cpu);
    Arrays.sort(perBooklet);
    double median = perBooklet[perBooklet.length / 2] / 1e6;
    double p95 = perBooklet[(int) Math.min(perBooklet.length - 1, Math.round(perBooklet.length * 0.95))] / 1e6;
    double rate = students.size() / wallS;
    out.printf(Locale.ROOT, "%s: median %.1f ms per booklet (%.1f ms CPU, %.0f MB allocated), p95 %.1f ms, %.1f booklets/s (%.2f s wall)%n",
        label, median, cpu[cpu.length / 2] / 1e6, ALLOCATED.sum() / 1e6 / students.size(), p95, rate, wallS);
    out.printf(Locale.ROOT, "  meanwhile the JIT compiler worked %.1f s and garbage collection took %.1f s%n",
        jit / 1e3, gc / 1e3);
    return rate;
  }

  /** Time the JIT compilers have spent so far (ms), or 0 where the JVM does not say. */
  static long jitMillis() {
    var jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  /** CPU time this process has used so far, all threads (ms), or 0 where the JVM does not say. */
  static long processCpuMillis() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime() / 1_000_000) : 0;
  }

  /** Time spent in garbage collection so far (ms), summed over the collectors. */
  static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .filter(t -> t > 0).sum();
  }

  /** Bytes allocated by the renders of the current measurement. */
  private static final LongAdder ALLOCATED = new LongAdder();

  /** Renders every student; returns their wall times followed by their CPU times (ns). */
  private static long[] run(ExecutorService pool, Booklets booklets, List<Student> students,
      Booklets.Options options) throws Exception {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    List<Future<long[]>> futures = new ArrayList<>();
    for (Student s : students) {
      futures.add(pool.submit(() -> {
        long cpu = threads.getCurrentThreadCpuTime();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long t = System.nanoTime();
        booklets.pdf(s, options);
        ALLOCATED.add(threads.getCurrentThreadAllocatedBytes() - allocated);
        return new long[] {System.nanoTime() - t, threads.getCurrentThreadCpuTime() - cpu};
      }));
    }
    // Wall times first, then CPU times.
    long[] times = new long[2 * futures.size()];
    for (int i = 0; i < futures.size(); i++) {
      long[] t = futures.get(i).get();
      times[i] = t[0];
      times[futures.size() + i] = t[1];
    }
    return times;
  }
}
