package org.departurebooklet.batch;

import static org.departurebooklet.batch.BatchFixtures.request;
import static org.departurebooklet.batch.BatchFixtures.roster;
import static org.departurebooklet.batch.BatchFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KillAndResumeTest {

  @TempDir Path dir;

  @Test
  void batchKilledMidwayLeavesOnlyWholePdfsAndTheRerunSkipsThem() throws Exception {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      rows.add(row("S" + i, "Student Number" + i, "undecided", "US"));
    }
    Path roster = roster(dir, rows.toArray(String[]::new));
    Path out = dir.resolve("out");

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "batch",
                "--roster",
                roster.toString(),
                "--out",
                out.toString(),
                "--jobs",
                "2",
                "--today",
                "2026-11-25")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      // kill as soon as one booklet is whole and recorded: the others are then being rendered
      while (recorded(out) == 0 && System.nanoTime() < deadline) {
        assertTrue(child.isAlive(), () -> "the child ended before making a booklet: " + log());
        Thread.sleep(20);
      }
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }

    List<Path> made = BatchRunTest.pdfs(out);
    int recorded = recorded(out);
    assertTrue(recorded >= 1 && made.size() < 8, "killed midway: " + made.size() + " booklets");
    for (Path pdf : made) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        assertTrue(doc.getNumberOfPages() > 0, pdf + " is whole");
      }
    }
    assertTrue(
        Files.notExists(out.resolve("manifest.csv")), "the manifest is only written at the end");

    BatchSummary rerun =
        BatchRun.run(
            TestBooklets.get(),
            request(roster, out, false),
            new PrintWriter(new StringWriter()),
            false);
    assertEquals(8, rerun.ok() + rerun.skipped());
    assertEquals(0, rerun.errors());
    assertEquals(
        recorded, rerun.skipped(), "the booklets finished before the kill are kept: " + rerun);
    assertEquals(8, BatchRunTest.pdfs(out).size());
    try (var left = Files.list(out)) {
      assertEquals(
          List.of(),
          left.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList(),
          "no temporary files are left");
    }
  }

  /**
   * Booklets the journal says are finished (a PDF moved into place but not yet noted is made
   * again).
   */
  private static int recorded(Path out) throws IOException {
    Path journal = out.resolve(".batch-state.csv");
    if (!Files.exists(journal)) {
      return 0;
    }
    String text = Files.readString(journal);
    return (int)
        text.substring(0, text.lastIndexOf('\n') + 1)
            .lines()
            .filter(l -> !l.startsWith("#"))
            .count();
  }

  private String log() {
    try {
      return Files.readString(dir.resolve("child.log"));
    } catch (IOException e) {
      return e.toString();
    }
  }
}
