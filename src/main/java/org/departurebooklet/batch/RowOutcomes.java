package org.departurebooklet.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.departurebooklet.Booklets;
import org.departurebooklet.model.StudentFields;
import org.departurebooklet.roster.RosterRow;

/**
 * What became of each row of a batch's shard, by its slot in roster order: its manifest row, the
 * journal entry of its booklet and the files written beside it. Each row is counted on the progress
 * bar as its outcome is set, and a failed row's problems are reported there, each naming the roster
 * line.
 *
 * <p>One instance per batch. Each slot is set by the one thread that finishes its row; the whole is
 * read only after every render and write thread has finished ({@link RenderThenWrite#close}).
 */
final class RowOutcomes {

  private final ManifestRow[] rows;
  private final BatchState.Entry[] entries;

  /** The files the outputs wrote beside each row's booklet. */
  private final List<Path>[] beside;

  private final Progress progress;
  private final Path roster;

  /**
   * @param total the rows of the shard
   * @param roster the roster file, whose name starts each reported problem
   */
  RowOutcomes(int total, Progress progress, Path roster) {
    this.rows = new ManifestRow[total];
    this.entries = new BatchState.Entry[total];
    this.beside = newLists(total);
    this.progress = progress;
    this.roster = roster;
  }

  /** The rows of the shard. */
  int size() {
    return rows.length;
  }

  /** Notes the files written beside row {@code i}'s booklet. */
  void beside(int i, List<Path> written) {
    beside[i] = written;
  }

  /** Row {@code i}'s booklet was made in this run and recorded in the journal as {@code entry}. */
  void made(int i, RosterRow row, Booklets.CheckedStudent student, BatchState.Entry entry) {
    entries[i] = entry;
    rows[i] =
        new ManifestRow(
            row.line(),
            id(student),
            entry.file(),
            entry.pages(),
            entry.sha256(),
            ManifestRow.Status.OK,
            "");
    progress.row(true);
  }

  /** Row {@code i}'s booklet from an earlier run, {@code kept}, is unchanged and stays. */
  void kept(int i, RosterRow row, Booklets.CheckedStudent student, BatchState.Entry kept) {
    entries[i] = kept;
    rows[i] =
        new ManifestRow(
            row.line(),
            id(student),
            kept.file(),
            kept.pages(),
            kept.sha256(),
            ManifestRow.Status.SKIPPED,
            "unchanged since an earlier run");
    progress.row(true);
  }

  /** Row {@code i} has no booklet, for these reasons; each is reported with the roster line. */
  void failed(int i, RosterRow row, List<String> problems) {
    rows[i] =
        ManifestRow.error(
            row.line(),
            Optional.ofNullable(row.fields().get(StudentFields.STUDENT_ID)).orElse(""),
            String.join("; ", problems));
    for (String problem : problems) {
      progress.message(roster.getFileName() + " line " + row.line() + ": " + problem);
    }
    progress.row(false);
  }

  /** Marks as an error every row no thread finished (a bug), so the manifest has every row. */
  void markUnfinished() {
    for (int i = 0; i < rows.length; i++) {
      if (rows[i] == null) {
        rows[i] =
            ManifestRow.error(
                0, "", "not finished: the render thread stopped (a bug: please report it)");
      }
    }
  }

  /** Every row, in roster order, for the manifest. */
  List<ManifestRow> manifest() {
    return Arrays.asList(rows);
  }

  /**
   * What the class outputs are made from: the booklets of {@code out} and the files beside them.
   */
  BatchOutput.ClassFiles classFiles(OutputFolder out, Path manifest, Instant created) {
    List<Path> booklets =
        Arrays.stream(rows)
            .filter(ManifestRow::hasBooklet)
            .map(r -> out.resolve(r.file()))
            .toList();
    return new BatchOutput.ClassFiles(
        booklets, Arrays.stream(beside).flatMap(List::stream).toList(), manifest, created);
  }

  /** The journal entries of every booklet made or kept, for the compacted journal. */
  List<BatchState.Entry> entries() {
    return Arrays.stream(entries).filter(Objects::nonNull).toList();
  }

  BatchSummary summary(Path manifest, Duration elapsed) {
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

  private static String id(Booklets.CheckedStudent student) {
    return student.student().studentId().orElse("");
  }

  @SuppressWarnings("unchecked")
  private static List<Path>[] newLists(int n) {
    List<Path>[] lists = new List[n];
    Arrays.fill(lists, List.of());
    return lists;
  }
}
