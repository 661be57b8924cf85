package org.departurebooklet.batch;

import static org.departurebooklet.batch.BatchFixtures.OPTIONS;
import static org.departurebooklet.batch.BatchFixtures.request;
import static org.departurebooklet.batch.BatchFixtures.roster;
import static org.departurebooklet.batch.BatchFixtures.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.departurebooklet.BookletException;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.io.AtomicFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder others can write to: links planted where the batch writes or reads, and another
 * batch writing beside this one.
 */
class SharedFolderTest {

  @TempDir Path dir;

  private BatchSummary run(BatchRequest request) throws IOException {
    return BatchRun.run(TestBooklets.get(), request, new PrintWriter(new StringWriter()), false);
  }

  private Path oneRow() throws IOException {
    return roster(dir, row("S1", "Anna Berg", "return-home", "SE"));
  }

  @Test
  void aJournalThatIsALinkIsRefusedAndItsTargetIsNeverWritten() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path victim = Files.writeString(dir.resolve("victim.txt"), "precious\n");
    Files.createSymbolicLink(out.resolve(".batch-state.csv"), victim);

    BookletException e =
        assertThrows(BookletException.class, () -> run(request(oneRow(), out, false)));
    assertEquals(BookletException.Kind.USAGE, e.kind());
    assertTrue(
        e.getMessage()
            .startsWith(
                out.resolve(".batch-state.csv")
                    + ": is a symbolic link, which is not a"
                    + " journal this program writes"),
        e.getMessage());
    assertEquals("precious\n", Files.readString(victim));
  }

  @Test
  void aShardJournalLinkedToADeviceIsRefusedWithoutReadingIt() throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "a system with /dev/zero");
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createSymbolicLink(out.resolve(".batch-state-x.csv"), zero);

    BookletException e =
        assertThrows(BookletException.class, () -> run(request(oneRow(), out, false)));
    assertTrue(e.getMessage().contains(".batch-state-x.csv: is a symbolic link"), e.getMessage());
  }

  @Test
  void aBookletSwappedForALinkIsMadeAgainAndTheLinkReplacedNotWrittenThrough() throws IOException {
    Path out = dir.resolve("out");
    Path roster = oneRow();
    run(request(roster, out, false));
    Path pdf = out.resolve("S1_Anna_Berg.pdf");
    // Someone swaps the booklet for a link to a copy they control (same bytes, so it looks
    // unchanged),
    // and plants a link where the manifest goes.
    Path theirs = Files.copy(pdf, dir.resolve("theirs.pdf"));
    byte[] theirBytes = Files.readAllBytes(theirs);
    Files.delete(pdf);
    Files.createSymbolicLink(pdf, theirs);
    Path victim = Files.writeString(dir.resolve("victim.csv"), "precious\n");
    Files.delete(out.resolve("manifest.csv"));
    Files.createSymbolicLink(out.resolve("manifest.csv"), victim);

    BatchSummary rerun = run(request(roster, out, false));

    assertEquals(1, rerun.ok(), "a link is never taken as the unchanged booklet: " + rerun);
    assertFalse(Files.isSymbolicLink(pdf), "the rename replaced the link itself");
    assertTrue(Files.isRegularFile(pdf));
    assertArrayEquals(theirBytes, Files.readAllBytes(theirs), "the link's target was not written");
    assertFalse(Files.isSymbolicLink(out.resolve("manifest.csv")));
    assertEquals("precious\n", Files.readString(victim));
  }

  @Test
  void aTemporaryFileAnotherRunningBatchIsWritingIsKeptAndOneLeftByADeadWriterIsRemoved()
      throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path stale = Files.writeString(out.resolve(".Gone.pdf.123.part"), "half a booklet");
    Path theirs = out.resolve("Other_Class.pdf");
    Process other =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LiveWriter.class.getName(),
                theirs.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      BufferedReader said =
          new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("writing", said.readLine(), "the other writer started");

      run(request(oneRow(), out, false));

      assertFalse(Files.exists(stale), "left by a writer that is gone");
      other.getOutputStream().close(); // let the other writer finish
      assertTrue(other.waitFor(60, TimeUnit.SECONDS));
      assertEquals(
          0,
          other.exitValue(),
          "the other writer's temporary file was still there to move into place");
      assertEquals("first half, second half", Files.readString(theirs));
    } finally {
      other.destroyForcibly();
    }
  }

  @Test
  void thePrintFilesLeftoverInItsOwnFolderIsRemovedAtStart() throws IOException {
    Path out = dir.resolve("out");
    Path print = Files.createDirectories(dir.resolve("print")).resolve("print.pdf");
    Path left =
        Files.writeString(
            print.resolveSibling(".print.pdf.8812.part"), "%PDF-1.7 cut short by a kill");
    Path unrelated =
        Files.writeString(print.resolveSibling(".notes.txt.77.part"), "someone else's");
    Files.setLastModifiedTime(left, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    BatchRequest request =
        new BatchRequest(
            oneRow(),
            Optional.empty(),
            out,
            1,
            OPTIONS,
            List.of(new PrintFileOutput(print)),
            false,
            Shard.ALL);
    run(request);
    assertFalse(Files.exists(left));
    assertTrue(Files.exists(unrelated), "only the print file's own temporary files are touched");
    assertTrue(Files.isRegularFile(print));
  }

  /** Another program writing a booklet into the same folder, until its standard input closes. */
  public static final class LiveWriter {
    public static void main(String[] args) throws IOException {
      AtomicFile.write(
          Path.of(args[0]),
          out -> {
            out.write("first half, ".getBytes(StandardCharsets.UTF_8));
            out.flush();
            System.out.println("writing");
            System.out.flush();
            System.in.transferTo(OutputStream.nullOutputStream());
            out.write("second half".getBytes(StandardCharsets.UTF_8));
          });
    }
  }
}
