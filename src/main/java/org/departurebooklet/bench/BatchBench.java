package org.departurebooklet.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.departurebooklet.Booklets;
import org.departurebooklet.batch.BatchRequest;
import org.departurebooklet.batch.BatchRun;
import org.departurebooklet.batch.BatchSummary;
import org.departurebooklet.batch.Shard;
import org.departurebooklet.model.Student;
import org.departurebooklet.model.StudentFields;

/**
 * {@code booklet bench --batch}: the batch as a school runs it (roster read, booklets rendered and
 * written, manifest written) on a generated roster, in a temporary folder that is removed after.
 */
public final class BatchBench {

  private BatchBench() {}

  /**
   * Runs a cold batch, then {@code repeat} warm ones after a batch of {@code warmStudents}; prints
   * the figures.
   */
  public static void run(
      Booklets booklets,
      List<Student> students,
      List<Student> warmStudents,
      Booklets.Options options,
      int threads,
      int repeat,
      PrintWriter out)
      throws IOException {
    Path dir = Files.createTempDirectory("booklet-bench-");
    try {
      Path warm = roster(dir.resolve("warmup.csv"), warmStudents);
      Path roster = roster(dir.resolve("class.csv"), students);
      PrintWriter quiet = new PrintWriter(Writer.nullWriter());
      Run first = runOnce(booklets, roster, dir.resolve("cold"), options, threads, quiet);
      double cold = first.rate();
      out.printf(
          Locale.ROOT,
          "cold: the first class in this process: %d booklets = %.1f booklets/s (files and manifest written)%n",
          students.size(),
          cold);
      first.print(out);
      out.flush();
      if (!warmStudents.isEmpty()) {
        BatchRun.run(
            booklets, request(warm, dir.resolve("warmup"), options, threads), quiet, false);
      }
      List<Double> rates = new ArrayList<>();
      for (int r = 1; r <= Math.max(1, repeat); r++) {
        Run run = runOnce(booklets, roster, dir.resolve("run" + r), options, threads, quiet);
        rates.add(run.rate());
        out.printf(
            Locale.ROOT,
            "warm run %d (after %d more): %.1f booklets/s%n",
            r,
            warmStudents.size(),
            run.rate());
        run.print(out);
        out.flush();
      }
      double warmMedian =
          Percentiles.of(rates.stream().mapToDouble(Double::doubleValue).toArray()).median();
      out.printf(
          Locale.ROOT,
          "batch of %d on %d threads (%d cores): cold %.1f booklets/s, warm median %.1f booklets/s"
              + " (warm/cold = %.2f); max heap %d MiB%n",
          students.size(),
          threads,
          Runtime.getRuntime().availableProcessors(),
          cold,
          warmMedian,
          warmMedian / cold,
          Runtime.getRuntime().maxMemory() >> 20);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * One batch: booklets/s over the whole command, and where the process's CPU time went meanwhile
   * (on two cores, a cold run spends most of it compiling).
   */
  private record Run(double rate, double wallS, long cpuMs, long jitMs, long gcMs) {
    void print(PrintWriter out) {
      out.printf(
          Locale.ROOT,
          "  %.2f s wall; the process used %.1f s of CPU, of which the JIT compiler %.1f s (%.0f %%)"
              + " and garbage collection %.1f s%n",
          wallS,
          cpuMs / 1e3,
          jitMs / 1e3,
          cpuMs > 0 ? 100.0 * jitMs / cpuMs : 0,
          gcMs / 1e3);
    }
  }

  /** One batch of the roster into a fresh folder. */
  private static Run runOnce(
      Booklets booklets,
      Path roster,
      Path out,
      Booklets.Options options,
      int threads,
      PrintWriter quiet)
      throws IOException {
    long cpu0 = ProcessClock.processCpuMillis();
    long jit0 = ProcessClock.jitMillis();
    long gc0 = ProcessClock.gcMillis();
    BatchSummary s = BatchRun.run(booklets, request(roster, out, options, threads), quiet, false);
    double wallS = s.elapsed().toNanos() / 1e9;
    return new Run(
        s.ok() / wallS,
        wallS,
        ProcessClock.processCpuMillis() - cpu0,
        ProcessClock.jitMillis() - jit0,
        ProcessClock.gcMillis() - gc0);
  }

  private static BatchRequest request(
      Path roster, Path out, Booklets.Options options, int threads) {
    return new BatchRequest(
        roster, Optional.empty(), out, threads, options, List.of(), true, Shard.ALL);
  }

  private static Path roster(Path file, List<Student> students) throws IOException {
    try (OutputStream stream = Files.newOutputStream(file);
        CSVPrinter csv =
            new CSVPrinter(
                new OutputStreamWriter(stream, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
      csv.printRecord(
          StudentFields.STUDENT_ID,
          StudentFields.NAME,
          StudentFields.GRADUATION_DATE,
          StudentFields.DEPARTURE_DATE,
          StudentFields.PLAN,
          StudentFields.DESTINATION);
      for (Student s : students) {
        csv.printRecord(
            s.studentId().orElse(""),
            s.name(),
            s.graduationDate(),
            s.departureDate(),
            s.plan().code(),
            s.destination());
      }
    }
    return file;
  }
}
