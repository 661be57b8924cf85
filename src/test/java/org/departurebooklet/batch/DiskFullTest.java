package org.departurebooklet.batch;

import static org.departurebooklet.batch.BatchFixtures.request;
import static org.departurebooklet.batch.BatchFixtures.roster;
import static org.departurebooklet.batch.BatchFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.io.AtomicFile;
import org.departurebooklet.io.IoProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up, without filling a real one: files are written by the real {@link
 * AtomicFile}, whose content fails part way with the error Linux gives (ENOSPC).
 */
class DiskFullTest {

  @TempDir Path dir;

  private static final int ROWS = 24;

  /**
   * Writes the first {@code room} files whole, then fails every write half way, as a full disk
   * does.
   */
  private static final class FillingDisk implements OutputFiles {
    private final int room;
    final AtomicInteger attempts = new AtomicInteger();

    FillingDisk(int room) {
      this.room = room;
    }

    @Override
    public void write(Path target, AtomicFile.Writer content) throws IOException {
      boolean fits = attempts.incrementAndGet() <= room;
      AtomicFile.write(
          target,
          out -> {
            if (fits) {
              content.write(out);
            } else {
              out.write(new byte[100]);
              out.flush();
              throw new IOException("No space left on device");
            }
          });
    }
  }

  private Path classOf24() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= ROWS; i++) {
      rows.add(row("S" + i, "Student Number" + i, "undecided", "US"));
    }
    return roster(dir, rows.toArray(String[]::new));
  }

  private static List<String> names(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aDiskFullAtTheStartStopsWithTheFileAndTheReasonAndLeavesNoEmptyJournal() throws IOException {
    Path out = dir.resolve("out");
    FillingDisk full = new FillingDisk(0);
    FileSystemException e =
        assertThrows(
            FileSystemException.class,
            () ->
                BatchRun.run(
                    TestBooklets.get(),
                    request(classOf24(), out, false),
                    new PrintWriter(new StringWriter()),
                    false,
                    full));
    assertEquals(out.resolve(".batch-state.csv").toString(), e.getFile());
    assertTrue(IoProblems.describe(e).contains("the disk is full"), IoProblems.describe(e));
    assertEquals(List.of(), names(out), "no journal, no temporary file");
  }

  @Test
  void aDiskThatFillsDuringTheRunStopsAtTheFirstFailureAndTheRerunFinishesTheClass()
      throws IOException {
    Path out = dir.resolve("out");
    Path roster = classOf24();
    FillingDisk filling = new FillingDisk(3); // the journal, then two booklets
    StringWriter log = new StringWriter();
    FileSystemException e =
        assertThrows(
            FileSystemException.class,
            () ->
                BatchRun.run(
                    TestBooklets.get(),
                    request(roster, out, false),
                    new PrintWriter(log),
                    false,
                    filling));

    String message = IoProblems.describe(e);
    assertTrue(e.getFile().startsWith(out.toString()) && e.getFile().endsWith(".pdf"), message);
    assertTrue(
        message.contains("could not be written (the disk is full); the batch stopped there"),
        message);
    // The two writer threads may each meet the full disk once; no row after that is written.
    int bound = 3 + 2; // every writer that fails notes it before it takes another row
    assertTrue(
        filling.attempts.get() <= bound,
        filling.attempts.get() + " writes tried for " + ROWS + " rows");
    List<String> left = names(out);
    assertFalse(left.stream().anyMatch(n -> n.endsWith(".part")), "nothing half-written: " + left);
    assertFalse(left.contains("manifest.csv"), left.toString());
    assertEquals(2, left.stream().filter(n -> n.endsWith(".pdf")).count(), left.toString());

    BatchSummary rerun =
        BatchRun.run(
            TestBooklets.get(),
            request(roster, out, false),
            new PrintWriter(new StringWriter()),
            false);
    assertEquals(2, rerun.skipped(), "the booklets made before the disk filled are kept: " + rerun);
    assertEquals(ROWS - 2, rerun.ok());
    assertEquals(0, rerun.errors());
  }
}
