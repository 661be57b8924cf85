package org.departurebooklet.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.departurebooklet.BookletException;
import org.departurebooklet.Booklets;
import org.departurebooklet.io.Digests;
import org.departurebooklet.io.IoProblems;
import org.departurebooklet.model.FieldProblem;
import org.departurebooklet.model.StudentFields;
import org.departurebooklet.roster.Roster;
import org.departurebooklet.roster.RosterEncoding;
import org.departurebooklet.roster.RosterRow;

/**
 * Runs one batch: reads the roster row by row, renders each valid row of the shard on a pool of
 * threads and writes every file atomically on a second, small pool (see {@link RenderThenWrite}),
 * then the manifest, the combined print file and the ZIP. A bad row becomes an error row of the
 * manifest and never stops the others; a booklet whose input has not changed since an earlier run
 * is kept (see {@link BatchState}). Problems with the roster as a whole are thrown as {@link
 * BookletException} before anything is rendered.
 *
 * <p>One instance runs one batch; it uses the shared, thread-safe {@link Booklets}.
 */
public final class BatchRun {

  private final Booklets booklets;
  private final BatchRequest request;
  private final PrintWriter err;
  private final boolean terminal;
  private final OutputFiles files;
  private final RenderGate gate;

  /** The first "disk full": set once, it stops every render and write not yet begun. */
  private final AtomicReference<FileSystemException> diskFull = new AtomicReference<>();

  private OutputFolder out;
  private RowOutcomes outcomes;
  private Progress progress;

  private BatchRun(
      Booklets booklets,
      BatchRequest request,
      PrintWriter err,
      boolean terminal,
      OutputFiles files,
      Function<Booklets.CheckedStudent, Booklets.Rendered> renderer) {
    this.booklets = booklets;
    this.request = request;
    this.err = err;
    this.terminal = terminal;
    this.files = files;
    this.gate = new RenderGate(request.jobs(), renderer, message -> progress.message(message));
  }

  /**
   * Runs a batch.
   *
   * @param err where warnings, row errors and progress go
   * @param terminal whether {@code err} is a terminal (a redrawn bar) or a log (plain lines)
   * @throws FileSystemException naming the file, when the disk is full: the batch stops at the
   *     first booklet or journal line that cannot be written, nothing half-written is left, and a
   *     rerun after space is freed keeps every booklet already made
   */
  public static BatchSummary run(
      Booklets booklets, BatchRequest request, PrintWriter err, boolean terminal)
      throws IOException {
    return run(booklets, request, err, terminal, OutputFiles.ATOMIC);
  }

  /** The same, with the files written through {@code files} (tests: a disk that fills up). */
  static BatchSummary run(
      Booklets booklets, BatchRequest request, PrintWriter err, boolean terminal, OutputFiles files)
      throws IOException {
    return run(booklets, request, err, terminal, files, booklets::pdf);
  }

  /** The same, with each booklet made by {@code renderer} (tests: one that runs out of memory). */
  static BatchSummary run(
      Booklets booklets,
      BatchRequest request,
      PrintWriter err,
      boolean terminal,
      OutputFiles files,
      Function<Booklets.CheckedStudent, Booklets.Rendered> renderer)
      throws IOException {
    return new BatchRun(booklets, request, err, terminal, files, renderer).run();
  }

  private BatchSummary run() throws IOException {
    long start = System.nanoTime();
    out = OutputFolder.prepare(request.out(), request.outputs());
    Charset charset = request.encoding().orElseGet(() -> Roster.detect(request.roster()));
    boolean named = request.encoding().isPresent();
    int total = request.shard().size(Roster.count(request.roster(), charset, named));
    InputKey key = InputKey.of(booklets.dirs(), request.options(), booklets.school());
    progress = new Progress(err, terminal, total);
    outcomes = new RowOutcomes(total, progress, request.roster());
    try (Roster roster = Roster.open(request.roster(), charset, named);
        BatchState state = BatchState.open(out.dir(), request.shard().suffix(), files)) {
      announce(roster, total);
      renderAll(roster, state, key);
      progress.finish();
      if (diskFull.get() != null) {
        throw diskFull.get();
      }
      Path manifest = out.resolve(request.manifestName());
      ManifestCsv.write(manifest, outcomes.manifest());
      BatchOutput.ClassFiles classFiles =
          outcomes.classFiles(out, manifest, request.options().created());
      for (BatchOutput output : request.outputs()) {
        output.fromClass(classFiles).ifPresent(err::println);
      }
      state.compact(outcomes.entries());
      return outcomes.summary(manifest, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private void announce(Roster roster, int total) {
    if (!roster.unknownColumns().isEmpty()) {
      progress.message(
          "warning: "
              + roster.label()
              + ": ignoring column"
              + (roster.unknownColumns().size() > 1 ? "s " : " ")
              + String.join(
                  ", ", roster.unknownColumns().stream().map(c -> "\"" + c + "\"").toList())
              + " (known columns: "
              + String.join(",", StudentFields.ALL)
              + ")");
    }
    progress.message(
        roster.label()
            + ": "
            + total
            + (total == 1 ? " row" : " rows")
            + (request.shard().isAll()
                ? ""
                : " in shard " + request.shard().k() + "/" + request.shard().n())
            + ", read as "
            + RosterEncoding.label(roster.charset())
            + "; rendering on "
            + request.jobs()
            + " thread"
            + (request.jobs() > 1 ? "s" : ""));
  }

  /**
   * Sends each row of the shard its way: a bad row to the manifest as an error, an unchanged
   * booklet kept, any other rendered and written on the pools.
   */
  private void renderAll(Roster roster, BatchState state, InputKey key) throws IOException {
    SafeNames names = new SafeNames();
    int slot = 0;
    try (RenderThenWrite pools = new RenderThenWrite(request.jobs())) {
      for (RosterRow row : roster) {
        if (diskFull.get() != null) {
          break;
        }
        Prepared prepared = prepare(row, names);
        if (!request.shard().includes(row.index())) {
          continue;
        }
        if (slot == outcomes.size()) {
          throw BookletException.badInput(
              roster.label() + ": changed while the batch was reading it (run again)");
        }
        int i = slot++;
        if (!prepared.problems().isEmpty()) {
          outcomes.failed(i, row, prepared.problems());
          continue;
        }
        Path target = out.booklet(prepared.file());
        String input = key.of(target.getFileName().toString(), row.fields());
        Optional<BatchState.Entry> kept =
            request.force() ? Optional.empty() : state.unchanged(target, input);
        if (kept.isPresent()) {
          keep(i, row, prepared.student(), kept.get());
          continue;
        }
        pools.submit(
            () -> diskFull.get() != null ? null : render(i, row, prepared.student()),
            rendered -> write(i, row, prepared.student(), target, input, state, rendered));
      }
    }
    outcomes.markUnfinished();
  }

  /** A row checked: either a student and its file name, or what is wrong with it. */
  private record Prepared(Booklets.CheckedStudent student, String file, List<String> problems) {}

  /** Checks a row and names its file; every shard does this for every row, so names agree. */
  private Prepared prepare(RosterRow row, SafeNames names) {
    Booklets.Check check = booklets.check(row.fields(), request.options());
    List<String> problems =
        new ArrayList<>(check.problems().stream().map(FieldProblem::describe).toList());
    if (row.extraValues() > 0) {
      problems.add(
          "the row has "
              + row.extraValues()
              + " more value"
              + (row.extraValues() > 1 ? "s" : "")
              + " than the header has columns (put a value that holds a comma in double quotes)");
    }
    if (!problems.isEmpty()) {
      return new Prepared(null, null, problems);
    }
    Booklets.CheckedStudent student = check.student().orElseThrow();
    return new Prepared(
        student, names.next(student.student().studentId(), student.student().name()), List.of());
  }

  /** Keeps a booklet from an earlier run, writing the outputs' files beside it again. */
  private void keep(int i, RosterRow row, Booklets.CheckedStudent student, BatchState.Entry kept) {
    try {
      writeBeside(i, student, out.resolve(kept.file()));
    } catch (IOException e) {
      outcomes.failed(
          i, row, List.of("could not write beside " + kept.file() + ": " + IoProblems.reason(e)));
      return;
    }
    outcomes.kept(i, row, student, kept);
  }

  /**
   * Renders a row's booklet, or records the row as failed and returns null. The heap running out
   * fails only this row (see {@link RenderGate}).
   */
  private Booklets.Rendered render(int i, RosterRow row, Booklets.CheckedStudent student) {
    try {
      return gate.render(student, request.roster().getFileName() + " line " + row.line());
    } catch (RenderGate.RanOut | BookletException e) {
      outcomes.failed(i, row, List.of(e.getMessage()));
    } catch (RuntimeException e) {
      outcomes.failed(
          i, row, List.of("internal error while rendering (a bug: please report it): " + e));
    }
    return null;
  }

  /** Writes a rendered booklet into place and records it in the journal and the manifest. */
  private void write(
      int i,
      RosterRow row,
      Booklets.CheckedStudent student,
      Path target,
      String input,
      BatchState state,
      Booklets.Rendered rendered) {
    if (diskFull.get() != null) {
      return;
    }
    try {
      String sha = Digests.sha256Hex(rendered.pdf());
      files.write(target, stream -> stream.write(rendered.pdf()));
      writeBeside(i, student, target);
      BatchState.Entry entry =
          new BatchState.Entry(input, sha, rendered.pages(), target.getFileName().toString());
      state.record(entry);
      outcomes.made(i, row, student, entry);
    } catch (IOException e) {
      if (IoProblems.isDiskFull(e)) {
        stopForFullDisk(target, e);
      }
      outcomes.failed(
          i, row, List.of("could not write " + target.getFileName() + ": " + IoProblems.reason(e)));
    } catch (RuntimeException e) {
      outcomes.failed(
          i,
          row,
          List.of(
              "internal error while writing "
                  + target.getFileName()
                  + " (a bug: please report it): "
                  + e));
    } catch (OutOfMemoryError e) {
      outcomes.failed(
          i,
          row,
          List.of(
              "out of memory while writing "
                  + target.getFileName()
                  + ": run the batch again"
                  + " (the booklets made are kept), or give Java more heap with -Xmx"));
    }
  }

  /** The outputs' files beside a booklet in place. */
  private void writeBeside(int i, Booklets.CheckedStudent student, Path booklet)
      throws IOException {
    List<Path> written = new ArrayList<>();
    for (BatchOutput output : request.outputs()) {
      written.addAll(output.beside(booklets, student, booklet));
    }
    outcomes.beside(i, written);
  }

  /**
   * Notes the first full-disk failure: every booklet after it would fail the same way (after a
   * render each), so the batch stops, and says which file and what to do.
   */
  private void stopForFullDisk(Path target, IOException e) {
    String file =
        e instanceof FileSystemException fs && fs.getFile() != null
            ? fs.getFile()
            : target.toString();
    FileSystemException stop =
        new FileSystemException(
            file,
            null,
            IoProblems.reason(e)
                + "; the batch stopped there."
                + " Free some space and run it again: the booklets already made are kept");
    stop.initCause(e);
    diskFull.compareAndSet(null, stop);
  }
}
