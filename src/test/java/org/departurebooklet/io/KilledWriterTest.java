package org.departurebooklet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of writing a file: another JVM writes half a booklet through {@link
 * AtomicFile} and is killed (SIGKILL) while it waits to write the rest. The booklet under the name
 * is still the old one, whole; only a temporary file is left, and the next run removes it (the dead
 * writer's lock is gone). A file written in place would be cut short here.
 */
class KilledWriterTest {

  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aWriterKilledHalfWayLeavesTheOldFileWholeAndOnlyATemporaryFileTheNextRunRemoves()
      throws Exception {
    Path booklet = Files.writeString(dir.resolve("S1_Anna_Berg.pdf"), "the old booklet, whole");
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HalfWriter.class.getName(),
                booklet.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      BufferedReader said =
          new BufferedReader(
              new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("half written", said.readLine(), "the writer started");
    } finally {
      writer.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs in the writer
      assertTrue(writer.waitFor(60, TimeUnit.SECONDS), "the writer ended");
    }

    assertEquals("the old booklet, whole", Files.readString(booklet));
    List<String> left = names();
    assertEquals(2, left.size(), left.toString());
    assertTrue(
        left.get(0).matches("\\.S1_Anna_Berg\\.pdf\\.\\d+\\.part"),
        "a temporary file beside it: " + left);

    assertEquals(1, AtomicFile.removeLeftovers(dir, name -> name.endsWith(".pdf")));
    assertEquals(List.of("S1_Anna_Berg.pdf"), names());
  }

  /** Writes half a new booklet over the file named, then waits to be killed. */
  public static final class HalfWriter {
    public static void main(String[] args) throws IOException {
      AtomicFile.write(
          Path.of(args[0]),
          out -> {
            out.write("half a new boo".getBytes(StandardCharsets.UTF_8));
            out.flush();
            System.out.println("half written");
            System.out.flush();
            System.in.transferTo(OutputStream.nullOutputStream()); // until killed
            out.write("klet".getBytes(StandardCharsets.UTF_8));
          });
    }
  }
}
