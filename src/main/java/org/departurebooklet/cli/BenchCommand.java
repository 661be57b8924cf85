package org.departurebooklet.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.departurebooklet.BookletException;
import org.departurebooklet.Booklets;
import org.departurebooklet.bench.BatchBench;
import org.departurebooklet.bench.MadeUpClass;
import org.departurebooklet.bench.RenderBench;
import org.departurebooklet.view.Paper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code booklet bench}: renders a class of personalized booklets in one process and prints the
 * median time per booklet and the throughput. Speed targets are checked here, never in tests.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measure rendering speed: median ms per booklet and booklets/s over a class of students,"
            + " first cold (right after start), then warm (after --warmup more booklets).")
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--count",
      defaultValue = "200",
      description = "Booklets to render (default ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--threads", description = "Render threads (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--warmup",
      defaultValue = "2000",
      description =
          "Booklets rendered, and not measured, between the cold"
              + " and the warm measurement (default ${DEFAULT-VALUE}; on 2 cores the JIT compiler works through the first thousand or more).")
  int warmup;

  @Option(
      names = "--paper",
      defaultValue = "a5",
      description = "a5 or a4 (default ${DEFAULT-VALUE}).")
  String paper;

  @Option(names = "--lang", description = "Language of every booklet (default: en).")
  String lang;

  @Option(
      names = "--compare-tagging",
      description = "Also measure untagged rendering in the same run, and print the ratio.")
  boolean compareTagging;

  @Option(
      names = "--no-tagging",
      description = "Measure untagged rendering only (for profiling the difference).")
  boolean untagged;

  @Option(
      names = "--batch",
      description =
          "Measure the whole batch command instead: a generated roster of --count rows,"
              + " with the PDFs and manifest written to a temporary folder; reports the first (cold) run, then booklets/s for"
              + " each of --repeat warm runs and their median.")
  boolean batch;

  @Option(
      names = "--repeat",
      defaultValue = "3",
      description = "With --batch: measured runs (default ${DEFAULT-VALUE}).")
  int repeat;

  @Mixin AssetOptions assets;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (untagged && compareTagging) {
      throw BookletException.usage(
          "--no-tagging and --compare-tagging do not go together (--compare-tagging measures both)");
    }
    if (count < 1 || warmup < 0 || repeat < 1) {
      throw BookletException.usage("--count and --repeat must be at least 1, --warmup at least 0");
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    long start = System.nanoTime();
    Booklets booklets = assets.open();
    LocalDate today = LocalDate.of(2026, 11, 25);
    Booklets.Options options =
        new Booklets.Options(
                Paper.fromCode(paper).orElse(Paper.A5),
                Optional.ofNullable(lang),
                today,
                BookletOptions.created(today))
            .withTagged(!untagged);
    if (batch) {
      BatchBench.run(
          booklets,
          MadeUpClass.students(0, count),
          MadeUpClass.students(count, warmup),
          options,
          n,
          repeat,
          out);
    } else {
      new RenderBench(booklets, out)
          .run(new RenderBench.Settings(count, warmup, n, compareTagging), options, start);
    }
    return ExitCodes.OK;
  }
}
