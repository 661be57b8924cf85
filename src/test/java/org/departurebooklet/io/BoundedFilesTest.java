package org.departurebooklet.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedFilesTest {

  @TempDir Path dir;

  @Test
  void aFileUpToTheLimitIsReadWhole() throws IOException {
    Path file = Files.write(dir.resolve("a.txt"), new byte[] {1, 2, 3, 4});
    assertArrayEquals(new byte[] {1, 2, 3, 4}, BoundedFiles.readRegular(file, 4));
    assertThrows(BoundedFiles.TooLargeException.class, () -> BoundedFiles.readRegular(file, 3));
  }

  @Test
  void theLimitHoldsWhileReadingWhenTheSizeSaysZero() throws IOException {
    // /proc files are regular files whose size is 0 and whose content is not: a check of
    // Files.size would let any amount through.
    Path maps = Path.of("/proc/self/maps");
    assumeTrue(Files.isRegularFile(maps) && Files.size(maps) == 0, "a Linux /proc");
    BoundedFiles.TooLargeException e =
        assertThrows(
            BoundedFiles.TooLargeException.class, () -> BoundedFiles.readRegular(maps, 16));
    assertEquals("is larger than 16 bytes", IoProblems.reason(e));
    try (InputStream in = BoundedFiles.openRegular(maps, 16)) {
      assertEquals(16, in.readNBytes(16).length, "up to the limit reads");
      assertThrows(BoundedFiles.TooLargeException.class, in::read);
    }
  }

  @Test
  void devicesAndFoldersAreRefusedBeforeReading() {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
    BoundedFiles.NotRegularFileException device =
        assertThrows(
            BoundedFiles.NotRegularFileException.class,
            () -> BoundedFiles.readRegular(Path.of("/dev/zero"), 1024));
    assertEquals(
        "/dev/zero: is not a regular file (it is a device, a pipe or a socket)",
        IoProblems.describe(device));
    BoundedFiles.NotRegularFileException folder =
        assertThrows(
            BoundedFiles.NotRegularFileException.class, () -> BoundedFiles.readRegular(dir, 1024));
    assertEquals("is a folder, not a file", IoProblems.reason(folder));
  }
}
