package org.departurebooklet;

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
    } catch (FileSystemException e) {
      // Name the file the user asked for, not our temporary one.
      throw new FileSystemException(target.toString(), null, "cannot be written in " + dir + " ("
          + IoProblems.reason(e) + ")");
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
    } catch (FileSystemException e) {
      throw new FileSystemException(target.toString(), null, "could not be written (" + IoProblems.reason(e) + ")");
    } catch (IOException e) {
      // Disk full, an I/O error: name the file the user asked for (the cause keeps the details).
      FileSystemException named = new FileSystemException(target.toString(), null,
          "could not be written (" + IoProblems.reason(e) + ")");
      named.initCause(e);
      throw named;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Writes bytes. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }
}
