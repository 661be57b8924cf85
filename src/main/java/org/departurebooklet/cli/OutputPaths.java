package org.departurebooklet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.departurebooklet.BookletException;

/**
 * Checks where a command will write before it does any work, so that a mistyped or read-only output
 * path costs a second and a clear message, not a class's rendering and a stack trace.
 */
final class OutputPaths {

  private OutputPaths() {}

  /** An output file: not blank, not an existing folder, and in a folder we can create or write. */
  static void file(String option, Path path) {
    if (path.toString().isBlank()) {
      throw BookletException.usage(option + ": give a file name");
    }
    if (Files.isDirectory(path)) {
      throw BookletException.usage(
          option
              + " "
              + path
              + ": is a folder; give a file name in it, such as "
              + path.resolve(example(option)));
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw BookletException.usage(
          option + " " + path + ": is not an ordinary file (a device or a pipe); give a file name");
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      writableFolder(option, path, parent);
    }
  }

  /** An output folder: not blank, not a file, and one we can create or write in. */
  static void folder(String option, Path path) {
    if (path.toString().isBlank()) {
      throw BookletException.usage(option + ": give a folder name");
    }
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw BookletException.usage(
          option + " " + path + ": is a file; give a folder (it is created if needed)");
    }
    writableFolder(option, path, path.toAbsolutePath());
  }

  /**
   * {@code folder}, or its nearest existing ancestor (where it would be created), is a writable
   * folder.
   */
  private static void writableFolder(String option, Path given, Path folder) {
    Path existing = folder;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return; // nothing on the way exists: creating it will say why not
    }
    if (!Files.isDirectory(existing)) {
      throw BookletException.usage(
          option + " " + given + ": " + existing + " is a file, not a folder");
    }
    if (!Files.isWritable(existing)) {
      throw BookletException.usage(
          option + " " + given + ": cannot write in " + existing + " (permission denied)");
    }
  }

  private static String example(String option) {
    return switch (option) {
      case "--zip" -> "booklets.zip";
      case "--combined" -> "print.pdf";
      default -> "booklet.pdf";
    };
  }
}
