package org.departurebooklet.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.departurebooklet.io.AtomicFile;
import org.departurebooklet.io.IoProblems;
import org.departurebooklet.BookletException;
import org.departurebooklet.Booklets;
import org.departurebooklet.io.Digests;
import org.departurebooklet.model.FieldProblem;
import org.departurebooklet.model.StudentFields;
import org.departurebooklet.roster.Roster;
import org.departurebooklet.roster.RosterEncoding;
import org.departurebooklet.roster.RosterRow;

/**
 * Runs one batch: reads the roster row by row, renders each valid row of the shard on a pool of
 * threads and writes every file atomically on a second, small pool (at most two booklets per
 * thread of either in memory at once), then the manifest, the combined print file and the ZIP. A bad row becomes an error row of the
 * manifest and never stops the others; a booklet whose input has not changed since an earlier run
 * is kept (see {@link BatchState}). Problems with the roster as a whole are thrown as
 * {@link BookletException} before anything is rendered.
 *
 * <p>One instance runs one batch; it uses the shared, thread-safe {@link Booklets}.
 */
public final class BatchRun {

  private final Booklets booklets;
  private final BatchRequest request;
  private final PrintWriter err;
  private final boolean terminal;
  private final Path out;
  private final OutputFiles files;
  private final RenderGate gate;
  /** The first "disk full": set once, it stops every render and write not yet begun. */
  private final AtomicReference<FileSystemException> diskFull = new AtomicReference<>();

  private ManifestRow[] rows;
  private BatchState.Entry[] entries;
  /** The files the outputs wrote beside each row's booklet. */
  private List<Path>[] beside;
  private Progress progress;

  private BatchRun(Booklets booklets, BatchRequest request, PrintWriter err, boolean terminal, OutputFiles files,
      Function<Booklets.CheckedStudent, Booklets.Rendered> renderer) {
    this.booklets = booklets;
    this.request = request;
    this.err = err;
    this.terminal = terminal;
    this.out = request.out().toAbsolutePath().normalize();
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
  public static BatchSummary run(Booklets booklets, BatchRequest request, PrintWriter err,
      boolean terminal) throws IOException {
    return run(booklets, request, err, terminal, OutputFiles.ATOMIC);
  }

  /** The same, with the files written through {@code files} (tests: a disk that fills up). */
  static BatchSummary run(Booklets booklets, BatchRequest request, PrintWriter err,
      boolean terminal, OutputFiles files) throws IOException {
    return run(booklets, request, err, terminal, files, booklets::pdf);
  }

  /** The same, with each booklet made by {@code renderer} (tests: one that runs out of memory). */
  static BatchSummary run(Booklets booklets, BatchRequest request, PrintWriter err, boolean terminal,
      OutputFiles files, Function<Booklets.CheckedStudent, Booklets.Rendered> renderer) throws IOException {
    return new BatchRun(booklets, request, err, terminal, files, renderer).run();
  }

  private BatchSummary run() throws IOException {
    long start = System.nanoTime();
    prepareOut();
    Charset charset = request.encoding().orElseGet(() -> Roster.detect(request.roster()));
    boolean named = request.encoding().isPresent();
    int total = request.shard().size(Roster.count(request.roster(), charset, named));
    InputKey key = InputKey.of(booklets.dirs(), request.options(), booklets.school());
    rows = new ManifestRow[total];
    entries = new BatchState.Entry[total];
    beside = newLists(total);
    progress = new Progress(err, terminal, total);
    try (Roster roster = Roster.open(request.roster(), charset, named);
        BatchState state = BatchState.open(out, request.shard().suffix(), files)) {
      announce(roster, total);
      renderAll(roster, state, key);
      progress.finish();
      if (diskFull.get() != null) {
        throw diskFull.get();
      }
      Path manifest = out.resolve(request.manifestName());
      ManifestCsv.write(manifest, Arrays.asList(rows));
      List<Path> files = Arrays.stream(rows).filter(ManifestRow::hasBooklet)
          .map(r -> out.resolve(r.file())).toList();
      BatchOutput.ClassFiles classFiles = new BatchOutput.ClassFiles(files,
          Arrays.stream(beside).flatMap(List::stream).toList(), manifest, request.options().created());
      for (BatchOutput output : request.outputs()) {
        output.fromClass(classFiles).ifPresent(err::println);
      }
      state.compact(Arrays.stream(entries).filter(Objects::nonNull).toList());
      return summary(manifest, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private void announce(Roster roster, int total) {
    if (!roster.unknownColumns().isEmpty()) {
      progress.message("warning: " + roster.label() + ": ignoring column" + (roster.unknownColumns().size() > 1 ? "s " : " ")
          + String.join(", ", roster.unknownColumns().stream().map(c -> "\"" + c + "\"").toList())
          + " (known columns: " + String.join(",", StudentFields.ALL) + ")");
    }
    progress.message(roster.label() + ": " + total + (total == 1 ? " row" : " rows") + (request.shard().isAll() ? "" : " in shard "
        + request.shard().k() + "/" + request.shard().n()) + ", read as " + RosterEncoding.label(roster.charset())
        + "; rendering on " + request.jobs() + " thread" + (request.jobs() > 1 ? "s" : ""));
  }

  /** Threads that write finished booklets to disk. */
  private static final int WRITERS = 2;

  private void renderAll(Roster roster, BatchState state, InputKey key) throws IOException {
    ExecutorService pool = daemons(request.jobs(), "booklet-render");
    // Writing a booklet waits for the disk (each file is synced before it is moved into place), so
    // it happens on threads of its own and the render threads go on to the next row.
    ExecutorService writers = daemons(WRITERS, "booklet-write");
    // Rows rendered or being written at once: bounds the PDFs held in memory.
    Semaphore inFlight = new Semaphore(request.jobs() * 2 + WRITERS * 2);
    SafeNames names = new SafeNames();
    int slot = 0;
    try {
      for (RosterRow row : roster) {
        if (diskFull.get() != null) {
          break;
        }
        Prepared prepared = prepare(row, names);
        if (!request.shard().includes(row.index())) {
          continue;
        }
        if (slot == rows.length) {
          throw BookletException.badInput(roster.label() + ": changed while the batch was reading it (run again)");
        }
        int i = slot++;
        if (!prepared.problems().isEmpty()) {
          fail(i, row, prepared.problems());
          continue;
        }
        Path target = target(prepared.file());
        String input = key.of(target.getFileName().toString(), row.fields());
        Optional<BatchState.Entry> kept = request.force() ? Optional.empty() : state.unchanged(target, input);
        if (kept.isPresent()) {
          keep(i, row, prepared.student(), kept.get());
          continue;
        }
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
          boolean handedOver = false;
          try {
            Booklets.Rendered rendered = diskFull.get() != null ? null : render(i, row, prepared.student());
            if (rendered != null) {
              writers.execute(() -> {
                try {
                  write(i, row, prepared.student(), target, input, state, rendered);
                } finally {
                  inFlight.release();
                }
              });
              handedOver = true;
            }
          } finally {
            if (!handedOver) {
              inFlight.release();
            }
          }
        });
      }
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
      writers.shutdown();
      awaitQuietly(writers);
    }
    for (int i = 0; i < rows.length; i++) {
      if (rows[i] == null) {
        rows[i] = ManifestRow.error(0, "", "not finished: the render thread stopped (a bug: please report it)");
      }
    }
  }

  /** A row checked: either a student and its file name, or what is wrong with it. */
  private record Prepared(Booklets.CheckedStudent student, String file, List<String> problems) {}

  /** Checks a row and names its file; every shard does this for every row, so names agree. */
  private Prepared prepare(RosterRow row, SafeNames names) {
    Booklets.Check check = booklets.check(row.fields(), request.options());
    List<String> problems = new ArrayList<>(check.problems().stream().map(FieldProblem::describe).toList());
    if (row.extraValues() > 0) {
      problems.add("the row has " + row.extraValues() + " more value" + (row.extraValues() > 1 ? "s" : "")
          + " than the header has columns (put a value that holds a comma in double quotes)");
    }
    if (!problems.isEmpty()) {
      return new Prepared(null, null, problems);
    }
    Booklets.CheckedStudent student = check.student().orElseThrow();
    return new Prepared(student, names.next(student.student().studentId(), student.student().name()), List.of());
  }

  private void keep(int i, RosterRow row, Booklets.CheckedStudent student, BatchState.Entry kept) {
    try {
      writeBeside(i, student, out.resolve(kept.file()));
    } catch (IOException e) {
      fail(i, row, List.of("could not write beside " + kept.file() + ": " + IoProblems.reason(e)));
      return;
    }
    entries[i] = kept;
    rows[i] = new ManifestRow(row.line(), id(student), kept.file(), kept.pages(), kept.sha256(),
        ManifestRow.Status.SKIPPED, "unchanged since an earlier run");
    progress.row(true);
  }

  /**
   * Renders a row's booklet, or records the row as failed and returns null. The heap running out
   * fails only this row (see {@link RenderGate}).
   */
  private Booklets.Rendered render(int i, RosterRow row, Booklets.CheckedStudent student) {
    try {
      return gate.render(student, request.roster().getFileName() + " line " + row.line());
    } catch (RenderGate.RanOut | BookletException e) {
      fail(i, row, List.of(e.getMessage()));
    } catch (RuntimeException e) {
      fail(i, row, List.of("internal error while rendering (a bug: please report it): " + e));
    }
    return null;
  }

  /** Writes a rendered booklet into place and records it in the journal and the manifest. */
  private void write(int i, RosterRow row, Booklets.CheckedStudent student, Path target, String input, BatchState state,
      Booklets.Rendered rendered) {
    if (diskFull.get() != null) {
      return;
    }
    try {
      String sha = Digests.sha256Hex(rendered.pdf());
      files.write(target, stream -> stream.write(rendered.pdf()));
      writeBeside(i, student, target);
      BatchState.Entry entry = new BatchState.Entry(input, sha, rendered.pages(), target.getFileName().toString());
      state.record(entry);
      entries[i] = entry;
      rows[i] = new ManifestRow(row.line(), id(student), entry.file(), entry.pages(), sha, ManifestRow.Status.OK, "");
      progress.row(true);
    } catch (IOException e) {
      if (IoProblems.isDiskFull(e)) {
        stopForFullDisk(target, e);
      }
      fail(i, row, List.of("could not write " + target.getFileName() + ": " + IoProblems.reason(e)));
    } catch (RuntimeException e) {
      fail(i, row, List.of("internal error while writing " + target.getFileName() + " (a bug: please report it): " + e));
    } catch (OutOfMemoryError e) {
      fail(i, row, List.of("out of memory while writing " + target.getFileName() + ": run the batch again (the booklets"
          + " made are kept), or give Java more heap with -Xmx"));
    }
  }

  /** The outputs' files beside a booklet in place. */
  private void writeBeside(int i, Booklets.CheckedStudent student, Path booklet) throws IOException {
    List<Path> written = new ArrayList<>();
    for (BatchOutput output : request.outputs()) {
      written.addAll(output.beside(booklets, student, booklet));
    }
    beside[i] = written;
  }

  @SuppressWarnings("unchecked")
  private static List<Path>[] newLists(int n) {
    List<Path>[] lists = new List[n];
    Arrays.fill(lists, List.of());
    return lists;
  }

  /**
   * Notes the first full-disk failure: every booklet after it would fail the same way (after a
   * render each), so the batch stops, and says which file and what to do.
   */
  private void stopForFullDisk(Path target, IOException e) {
    String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : target.toString();
    FileSystemException stop = new FileSystemException(file, null, IoProblems.reason(e) + "; the batch stopped there."
        + " Free some space and run it again: the booklets already made are kept");
    stop.initCause(e);
    diskFull.compareAndSet(null, stop);
  }

  private void fail(int i, RosterRow row, List<String> problems) {
    rows[i] = ManifestRow.error(row.line(), Optional.ofNullable(row.fields().get(StudentFields.STUDENT_ID)).orElse(""),
        String.join("; ", problems));
    for (String problem : problems) {
      progress.message(request.roster().getFileName() + " line " + row.line() + ": " + problem);
    }
    progress.row(false);
  }

  private static String id(Booklets.CheckedStudent student) {
    return student.student().studentId().orElse("");
  }

  /** The booklet's path, checked to be directly inside the output folder. */
  private Path target(String name) {
    Path target = out.resolve(name + ".pdf").normalize();
    if (!out.equals(target.getParent())) {
      throw new IllegalStateException("file name \"" + name + "\" would leave " + out);
    }
    return target;
  }

  private void prepareOut() throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new BookletException(BookletException.Kind.USAGE, "--out " + out + ": is a file, not a folder");
    }
    Files.createDirectories(out);
    removeLeftovers();
  }

  /**
   * Removes the temporary files that killed runs left behind: booklets, manifests and journals in
   * the output folder, and those of this run's print file and ZIP in their folders. A temporary
   * file is removed only when its writer is provably gone (it holds a lock while it writes, see
   * {@link AtomicFile#removeLeftovers}), so a batch running beside this one in the same folder (a
   * shard, another class) keeps its own.
   */
  private void removeLeftovers() throws IOException {
    AtomicFile.removeLeftovers(out, name -> name.endsWith(".pdf") || name.endsWith(".csv") || name.endsWith(".zip"));
    for (Path target : classFileTargets()) {
      Path file = target.toAbsolutePath().normalize();
      String name = file.getFileName().toString();
      AtomicFile.removeLeftovers(file.getParent(), name::equals);
    }
  }

  /** The files made from the whole class (print file, ZIP), wherever they go. */
  private List<Path> classFileTargets() {
    return request.outputs().stream().map(BatchOutput::classFile).flatMap(Optional::stream).toList();
  }

  private BatchSummary summary(Path manifest, Duration elapsed) {
    int ok = 0;
    int skipped = 0;
    int errors = 0;
    for (ManifestRow row : rows) {
      switch (row.status()) {
        case OK -> ok++;
        case SKIPPED -> skipped++;
        case ERROR -> errors++;
      }
    }
    return new BatchSummary(ok, skipped, errors, elapsed, manifest);
  }

  private static ExecutorService daemons(int threads, String name) {
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  private static void awaitQuietly(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.DAYS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
