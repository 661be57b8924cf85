package org.departurebooklet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aLinkPlantedAtTheTargetIsReplacedNotWrittenThrough() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
    Path target = dir.resolve("Name.pdf");
    Files.createSymbolicLink(target, victim);
    AtomicFile.write(target, new byte[] {'%', 'P', 'D', 'F'});
    assertFalse(Files.isSymbolicLink(target));
    assertEquals("%PDF", Files.readString(target));
    assertEquals("precious", Files.readString(victim));
  }

  @Test
  void aFullDiskLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("Name.pdf"), "old");
    FileSystemException e =
        assertThrows(
            FileSystemException.class,
            () ->
                AtomicFile.write(
                    target,
                    out -> {
                      out.write(new byte[100_000]);
                      throw new IOException("No space left on device");
                    }));
    assertEquals(target + ": could not be written (the disk is full)", IoProblems.describe(e));
    assertTrue(IoProblems.isDiskFull(e));
    assertEquals("old", Files.readString(target));
    assertEquals(List.of("Name.pdf"), names());
  }

  @Test
  void aTemporaryFileThisProcessIsWritingIsNotALeftover() throws IOException {
    Path target = dir.resolve("Name.pdf");
    int[] removedMeanwhile = {-1};
    AtomicFile.write(
        target,
        out -> {
          out.write(1);
          removedMeanwhile[0] = AtomicFile.removeLeftovers(dir, name -> true);
        });
    assertEquals(0, removedMeanwhile[0]);
    assertEquals(List.of("Name.pdf"), names());
    Files.writeString(dir.resolve(".Gone.pdf.42.part"), "left by a killed run");
    assertEquals(1, AtomicFile.removeLeftovers(dir, name -> name.endsWith(".pdf")));
    assertEquals(List.of("Name.pdf"), names());
  }
}
