package org.departurebooklet.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.departurebooklet.BookletException;
import org.departurebooklet.Booklets;
import org.departurebooklet.batch.BatchOutput;
import org.departurebooklet.batch.BatchRequest;
import org.departurebooklet.batch.BatchRun;
import org.departurebooklet.batch.BatchSummary;
import org.departurebooklet.batch.CalendarFiles;
import org.departurebooklet.batch.PrintFileOutput;
import org.departurebooklet.batch.Shard;
import org.departurebooklet.batch.ZipBundle;
import org.departurebooklet.print.PrintLayout;
import org.departurebooklet.roster.RosterEncoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code booklet batch}: a booklet for every student of a class roster, a manifest, and optionally
 * one print file and a ZIP. Exits 0 when every row made a booklet, {@link ExitCodes#PARTIAL} when
 * some rows failed.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = "Make a booklet for every student of a class roster (CSV), with manifest.csv.")
final class BatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--roster",
      paramLabel = "FILE",
      required = true,
      description =
          "The class roster (CSV, header row: student_id,name,graduation_date,departure_date,move_out_date,plan,destination,language,notice_days).")
  Path roster;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      required = true,
      description = "Folder for the booklets and manifest.csv (created if needed).")
  Path out;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description =
          "Booklets rendered at once (default: the number of cores,"
              + " as many as Java's heap holds: about 128 MiB each beyond 64 MiB; more is lowered with a warning).")
  Integer jobs;

  @Option(
      names = "--combined",
      paramLabel = "FILE",
      description =
          "Also write one print file of all booklets, each padded to an even page count (each imposed on its"
              + " own sheets with --imposition, or given a bleed with --bleed).")
  Path combined;

  @Option(
      names = "--zip",
      paramLabel = "FILE",
      description =
          "Also write a ZIP of the booklets (and their calendar" + " files) and the manifest.")
  Path zip;

  @Option(
      names = "--ics",
      description =
          "Also write each student's deadlines as a calendar file beside their booklet"
              + " (Name.ics beside Name.pdf).")
  boolean ics;

  @Option(
      names = "--encoding",
      paramLabel = "UTF-8|Shift_JIS",
      description =
          "The roster's encoding (default: UTF-8 if the file is valid UTF-8, else Shift_JIS/CP932).")
  String encoding;

  @Option(
      names = "--force",
      description = "Render every row, even those whose booklet is unchanged.")
  boolean force;

  @Option(
      names = "--shard",
      paramLabel = "K/N",
      description =
          "Render only the K-th of N slices of the roster (rows whose index modulo N is K-1).")
  String shard;

  @Mixin BookletOptions bookletOptions;

  @Mixin AssetOptions assets;

  @Mixin PrintOptions print;

  @Override
  public Integer call() throws Exception {
    BatchRequest request = request();
    Booklets booklets = assets.open();
    request
        .options()
        .language()
        .ifPresent(
            lang -> {
              if (!booklets.languages().contains(lang)) {
                throw new BookletException(
                    BookletException.Kind.USAGE,
                    "--lang \""
                        + lang
                        + "\" is not available (use one of "
                        + String.join(", ", booklets.languages())
                        + ")");
              }
            });
    PrintWriter err = spec.commandLine().getErr();
    BatchSummary summary = BatchRun.run(booklets, request, err, System.console() != null);
    String rate =
        summary.ok() == 0 ? "" : String.format(Locale.ROOT, " (%.1f booklets/s)", summary.rate());
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "%d row%s: %d made, %d unchanged (skipped), %d failed, in %.1f s%s; see %s%n",
            summary.rows(),
            summary.rows() == 1 ? "" : "s",
            summary.ok(),
            summary.skipped(),
            summary.errors(),
            summary.elapsed().toNanos() / 1e9,
            rate,
            summary.manifest());
    return summary.errors() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  private BatchRequest request() {
    if (jobs != null && (jobs < 1 || jobs > 256)) {
      throw BookletException.usage("--jobs " + jobs + " is not a number of threads (use 1 to 256)");
    }
    Shard slice = shard == null ? Shard.ALL : Shard.parse(shard);
    List<BatchOutput> outputs = new ArrayList<>();
    if (ics) {
      outputs.add(new CalendarFiles());
    }
    Optional<PrintLayout> layout = print.layout();
    if (layout.isPresent() && combined == null) {
      throw BookletException.usage(
          "--imposition and --bleed lay out the --combined print file: add --combined FILE"
              + " (each student's own PDF stays as it is)");
    }
    if (combined != null) {
      outputs.add(new PrintFileOutput(combined, layout));
    }
    if (zip != null) {
      outputs.add(new ZipBundle(zip));
    }
    if (!slice.isAll() && outputs.stream().anyMatch(BatchOutput::needsWholeClass)) {
      throw BookletException.usage(
          "--combined and --zip gather the whole class: run them without --shard after all shards"
              + " have finished (every booklet is then kept as unchanged)");
    }
    Optional<Charset> charset = Optional.empty();
    if (encoding != null) {
      charset =
          Optional.of(
              RosterEncoding.named(encoding)
                  .orElseThrow(
                      () ->
                          BookletException.usage(
                              "--encoding \""
                                  + encoding
                                  + "\" is not a roster encoding (use "
                                  + RosterEncoding.ACCEPTED
                                  + ")")));
    }
    if (!Files.isRegularFile(roster)) {
      throw BookletException.usage(
          "--roster "
              + roster
              + (Files.isDirectory(roster)
                  ? ": is a folder; give the roster's CSV file"
                  : Files.exists(roster)
                      ? ": is not a regular file (it is a device, a pipe or a socket); give the roster's CSV file"
                      : ": no such file"));
    }
    OutputPaths.folder("--out", out);
    if (combined != null) {
      OutputPaths.file("--combined", combined);
    }
    if (zip != null) {
      OutputPaths.file("--zip", zip);
    }
    RenderThreads.Choice threads = RenderThreads.choose(jobs, "--jobs");
    threads.message().ifPresent(spec.commandLine().getErr()::println);
    return new BatchRequest(
        roster, charset, out, threads.threads(), bookletOptions.toOptions(), outputs, force, slice);
  }
}
