package org.departurebooklet.batch;

import static org.departurebooklet.batch.BatchRunTest.manifest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real batch in a JVM of its own with a small heap and many cores: {@code -Xmx256m}, 16 cores
 * claimed ({@code -XX:ActiveProcessorCount=16}) and {@code --jobs 16}. Each booklet here needs
 * every font face in full (Korean names with rare kanji), about 110 MiB at its peak, so 16 at once
 * ran out of memory; the batch lowers the jobs to what the heap holds, says so, and makes every
 * booklet.
 *
 * <p>Why a child JVM: the heap of the test JVM is set by Maven and far larger, and an
 * OutOfMemoryError provoked inside it could strike any test running beside. The child's heap is
 * small enough that the old default runs out at once and large enough (about 2.3 times the measured
 * need of one render) that the bounded batch never comes near the limit, so the outcome does not
 * depend on the machine's speed. It takes about 10 s on 2 cores, more when they are busy.
 */
class SmallHeapBatchTest {

  @TempDir Path dir;

  /** Four at once need about 46 + 4 x 110 MiB, well over 256. */
  private static final List<String> NAMES = List.of("김민준 龍齋", "박서연 鬱金", "이지훈 齋藤", "최수아 龍之介");

  @Test
  void aBatchWithSixteenJobsInA256MibHeapRendersOneAtATimeAndMakesEveryBooklet() throws Exception {
    StringBuilder roster = new StringBuilder(BatchFixtures.HEADER);
    for (int i = 0; i < NAMES.size(); i++) {
      roster.append(BatchFixtures.row("K" + (i + 1), NAMES.get(i), "return-home", "KR"));
    }
    Path csv = dir.resolve("class.csv");
    Files.writeString(csv, roster, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Path log = dir.resolve("log.txt");

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process batch =
        new ProcessBuilder(
                java.toString(),
                "-Xmx256m",
                "-XX:ActiveProcessorCount=16",
                "-cp",
                System.getProperty("java.class.path"),
                "org.departurebooklet.cli.Main",
                "batch",
                "--roster",
                csv.toString(),
                "--out",
                out.toString(),
                "--jobs",
                "16",
                "--today",
                "2026-11-25")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean ended = batch.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      batch.destroyForcibly();
    }
    String said = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(ended, "the batch did not end: " + said);

    assertEquals(0, batch.exitValue(), said);
    assertTrue(
        said.contains(
            "warning: --jobs 16 needs about 2112 MiB of heap and Java has 256 MiB: 1 booklet at once"
                + " instead"),
        said);
    assertTrue(said.contains("4 rows: 4 made"), said);
    assertEquals(
        List.of("ok"),
        manifest(out.resolve("manifest.csv")).stream()
            .map(r -> r.get("status"))
            .distinct()
            .toList(),
        said);
  }
}
