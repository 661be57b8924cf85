package org.departurebooklet.io;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that no reader ever sees it half-written: the bytes go to a temporary file in
 * the same folder, which is synced to disk and then moved over the target in one step. If anything
 * fails, the temporary file is removed and the old target (if any) is untouched.
 */
public final class AtomicFile {

  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  public static void write(Path target, Writer writer) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
    } catch (IOException e) {
      throw named(target, "cannot be written in " + dir, e);
    }
    if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
      // createTempFile makes the file private; a booklet is an ordinary document.
      Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
    try {
      try (FileOutputStream file = new FileOutputStream(temp.toFile());
          BufferedOutputStream out = new BufferedOutputStream(file, 64 * 1024)) {
        writer.write(out);
        out.flush();
        file.getFD().sync();
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw named(target, "could not be written", e); // disk full, an I/O error, a failed move
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The failure named by the file the user asked for, not our temporary one; the cause keeps the details. */
  private static FileSystemException named(Path target, String what, IOException cause) {
    FileSystemException e = new FileSystemException(target.toString(), null, what + " (" + IoProblems.reason(cause) + ")");
    e.initCause(cause);
    return e;
  }

  /** Writes bytes. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }
}
