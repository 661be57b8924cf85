package org.departurebooklet.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.departurebooklet.BookletException;
import org.departurebooklet.io.AtomicFile;

/**
 * A batch's output folder ({@code --out}): made if it is missing, cleared of the temporary files
 * that killed runs left behind, and the one place a booklet's path is made, checked to stay
 * directly inside it. Immutable and thread-safe once {@link #prepare} has returned.
 */
final class OutputFolder {

  private final Path dir;

  private OutputFolder(Path dir) {
    this.dir = dir;
  }

  /**
   * Makes the folder if it is missing and removes the temporary files killed runs left in it and
   * beside the class files of {@code outputs}.
   *
   * @throws BookletException (usage) when {@code out} is a file
   */
  static OutputFolder prepare(Path out, List<BatchOutput> outputs) throws IOException {
    Path dir = out.toAbsolutePath().normalize();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new BookletException(
          BookletException.Kind.USAGE, "--out " + dir + ": is a file, not a folder");
    }
    Files.createDirectories(dir);
    removeLeftovers(dir, outputs);
    return new OutputFolder(dir);
  }

  /** The folder, absolute and normalized. */
  Path dir() {
    return dir;
  }

  /** A file of the folder by its name (a manifest's or a journal's file name). */
  Path resolve(String name) {
    return dir.resolve(name);
  }

  /** The booklet's path, checked to be directly inside the folder. */
  Path booklet(String name) {
    Path target = dir.resolve(name + ".pdf").normalize();
    if (!dir.equals(target.getParent())) {
      throw new IllegalStateException("file name \"" + name + "\" would leave " + dir);
    }
    return target;
  }

  /**
   * Removes the temporary files that killed runs left behind: booklets, manifests and journals in
   * the output folder, and those of this run's print file and ZIP in their folders. A temporary
   * file is removed only when its writer is provably gone (it holds a lock while it writes, see
   * {@link AtomicFile#removeLeftovers}), so a batch running beside this one in the same folder (a
   * shard, another class) keeps its own.
   */
  private static void removeLeftovers(Path dir, List<BatchOutput> outputs) throws IOException {
    AtomicFile.removeLeftovers(
        dir, name -> name.endsWith(".pdf") || name.endsWith(".csv") || name.endsWith(".zip"));
    for (Path target : classFileTargets(outputs)) {
      Path file = target.toAbsolutePath().normalize();
      String name = file.getFileName().toString();
      AtomicFile.removeLeftovers(file.getParent(), name::equals);
    }
  }

  /** The files made from the whole class (print file, ZIP), wherever they go. */
  private static List<Path> classFileTargets(List<BatchOutput> outputs) {
    return outputs.stream().map(BatchOutput::classFile).flatMap(Optional::stream).toList();
  }
}
