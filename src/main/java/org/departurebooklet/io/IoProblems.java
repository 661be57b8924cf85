package org.departurebooklet.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Says in plain words what went wrong with a file: Java's file exceptions carry the path in one
 * field and the operating system's reason in another (or only a class name), which users should
 * never have to decode.
 */
public final class IoProblems {

  private IoProblems() {}

  /**
   * The path, if the exception names one, then the reason: {@code "out/x.pdf: permission denied"}.
   */
  public static String describe(IOException e) {
    String reason = reason(e);
    if (e instanceof FileSystemException fs && fs.getFile() != null && !fs.getFile().isEmpty()) {
      String path = fs.getOtherFile() == null ? fs.getFile() : fs.getOtherFile();
      return path + ": " + reason;
    }
    return reason;
  }

  /** The reason alone, without the path: {@code "permission denied"}. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "folder not empty";
    }
    if (e instanceof EOFException) {
      return "the file ends too early";
    }
    String text = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
    if (text == null || text.isBlank()) {
      return e.getClass().getSimpleName();
    }
    text = text.strip();
    if (text.equalsIgnoreCase("Is a directory")) {
      return "is a folder, not a file";
    }
    if (text.equalsIgnoreCase("No space left on device")
        || text.equalsIgnoreCase("There is not enough space on the disk")) {
      return "the disk is full";
    }
    if (text.equalsIgnoreCase("Disk quota exceeded")) {
      return "the disk quota is used up";
    }
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  /**
   * Whether {@code e}, or an exception behind it, says the disk (or the user's quota) is full:
   * {@code ENOSPC}, "No space left on device", "Disk quota exceeded". Nothing written after it can
   * succeed until space is freed.
   */
  public static boolean isDiskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        String reason = reason(io);
        String raw =
            String.valueOf(io instanceof FileSystemException fs ? fs.getReason() : io.getMessage());
        if (reason.equals("the disk is full")
            || reason.equals("the disk quota is used up")
            || raw.contains("ENOSPC")
            || raw.contains("EDQUOT")
            || raw.contains("No space left on device")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The file problem behind an exception, if there is one (directly or as its cause). */
  public static IOException find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UncheckedIOException u) {
        return u.getCause();
      }
      if (t instanceof IOException io) {
        return io;
      }
    }
    return null;
  }
}
