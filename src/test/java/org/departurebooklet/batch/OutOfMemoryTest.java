package org.departurebooklet.batch;

import static org.departurebooklet.batch.BatchFixtures.request;
import static org.departurebooklet.batch.BatchFixtures.roster;
import static org.departurebooklet.batch.BatchFixtures.row;
import static org.departurebooklet.batch.BatchRunTest.manifest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An OutOfMemoryError in one render fails that row, never the batch: the others are made and the
 * manifest written. The renders here are stand-ins that throw the error the JVM throws, so the test
 * does not depend on how much heap this JVM has ({@link SmallHeapBatchTest} runs a real batch in a
 * small heap).
 */
class OutOfMemoryTest {

  @TempDir Path dir;

  private static final Booklets.Rendered MADE =
      new Booklets.Rendered("%PDF-1.7 stand-in".getBytes(StandardCharsets.US_ASCII), 1);

  private Path classOf6() throws IOException {
    return roster(
        dir,
        row("S1", "Ana Silva", "undecided", "US"),
        row("S2", "Ben Okafor", "undecided", "US"),
        row("S3", "Chen Wei", "undecided", "US"),
        row("S4", "Dina Rao", "undecided", "US"),
        row("S5", "Eko Putra", "undecided", "US"),
        row("S6", "Fay Lind", "undecided", "US"));
  }

  private static Map<String, CSVRecord> byId(Path manifest) throws IOException {
    return manifest(manifest).stream().collect(Collectors.toMap(r -> r.get("student_id"), r -> r));
  }

  private BatchSummary run(
      Path roster,
      Path out,
      StringWriter log,
      Function<Booklets.CheckedStudent, Booklets.Rendered> renderer)
      throws IOException {
    return BatchRun.run(
        TestBooklets.get(),
        request(roster, out, false),
        new PrintWriter(log),
        false,
        OutputFiles.ATOMIC,
        renderer);
  }

  @Test
  void aRowWhoseRenderRunsOutOfMemoryFailsWithAClearMessageAndTheOthersAreMade()
      throws IOException {
    Path out = dir.resolve("out");
    StringWriter log = new StringWriter();
    BatchSummary summary =
        run(
            classOf6(),
            out,
            log,
            student -> {
              if (student.student().name().equals("Chen Wei")) {
                throw new OutOfMemoryError("Java heap space");
              }
              return MADE;
            });

    assertEquals(5, summary.ok(), log.toString());
    assertEquals(1, summary.errors());
    CSVRecord chen = byId(out.resolve("manifest.csv")).get("S3");
    assertEquals("error", chen.get("status"));
    assertEquals("4", chen.get("line"));
    assertTrue(
        chen.get("message")
            .startsWith(
                "out of memory while rendering, twice: the booklet was not made."
                    + " Give Java more heap (java -Xmx"),
        chen.get("message"));
    assertTrue(log.toString().contains("class.csv line 4: Java's heap ("), log.toString());
    assertTrue(
        log.toString()
            .contains(
                "ran out while rendering; 1 booklet at once from now on, and this one is tried"
                    + " again"),
        log.toString());
  }

  @Test
  void aRenderThatRunsOutOnceIsTriedAgainWithFewerAtOnceAndMade() throws IOException {
    Path out = dir.resolve("out");
    AtomicInteger failures = new AtomicInteger();
    StringWriter log = new StringWriter();
    // What a try-with-resources makes of the JVM's shared OutOfMemoryError when closing fails with
    // it too.
    BatchSummary summary =
        run(
            classOf6(),
            out,
            log,
            student -> {
              if (student.student().name().equals("Dina Rao") && failures.getAndIncrement() == 0) {
                OutOfMemoryError shared = new OutOfMemoryError("Java heap space");
                throw new IllegalArgumentException("Self-suppression not permitted", shared);
              }
              return MADE;
            });

    assertEquals(6, summary.ok(), log.toString());
    assertEquals(
        List.of("ok"),
        byId(out.resolve("manifest.csv")).values().stream()
            .map(r -> r.get("status"))
            .distinct()
            .toList());
    assertTrue(log.toString().contains("class.csv line 5: Java's heap"), log.toString());
  }
}
