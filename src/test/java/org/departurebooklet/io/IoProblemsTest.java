package org.departurebooklet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File problems in words, and the file named the one the user asked for. */
class IoProblemsTest {

  @TempDir Path dir;

  @Test
  void javasFileExceptionsBecomeThePathAndAReasonInWords() {
    assertEquals(
        "out/x.pdf: permission denied",
        IoProblems.describe(new AccessDeniedException("out/x.pdf")));
    assertEquals(
        "a.csv: no such file or folder", IoProblems.describe(new NoSuchFileException("a.csv")));
    assertEquals(
        "/tmp: is a folder, not a file",
        IoProblems.describe(new FileSystemException("/tmp", null, "Is a directory")));
    assertEquals(
        "the disk is full", IoProblems.describe(new IOException("No space left on device")));
    assertEquals("the file ends too early", IoProblems.reason(new EOFException()));
  }

  @Test
  void theFileProblemBehindAWrapperIsFound() {
    AccessDeniedException denied = new AccessDeniedException("x");
    assertEquals(denied, IoProblems.find(new RuntimeException(new UncheckedIOException(denied))));
    assertEquals(null, IoProblems.find(new IllegalStateException("a bug")));
  }

  @Test
  void aFileThatCannotBeWrittenIsNamedAsAskedNotByItsTemporaryName() throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
    Path target = notAFolder.resolve("me.pdf");
    FileSystemException e =
        assertThrows(FileSystemException.class, () -> AtomicFile.write(target, new byte[] {1}));
    String message = IoProblems.describe(e);
    assertTrue(message.startsWith(target + ": "), message);
    assertFalse(message.contains(".part"), message);
  }
}
