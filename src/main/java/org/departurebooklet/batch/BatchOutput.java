package org.departurebooklet.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.departurebooklet.Booklets;

/**
 * Something a batch makes besides each student's booklet: files beside it (a calendar file), or one
 * file from the whole class once every booklet is written (the print file, the ZIP). A batch calls
 * {@link #beside} for every student whose booklet is made or kept unchanged, on any of its threads,
 * then {@link #fromClass} once, in the order the outputs were given. Implementations are
 * thread-safe.
 */
public interface BatchOutput {

  /**
   * Writes files beside one student's booklet; returns them (the ZIP takes them too).
   *
   * @param booklet the student's booklet, already in place
   */
  default List<Path> beside(Booklets booklets, Booklets.CheckedStudent student, Path booklet)
      throws IOException {
    return List.of();
  }

  /** Writes one file from the whole class; returns the line that reports it, if it wrote one. */
  default Optional<String> fromClass(ClassFiles files) throws IOException {
    return Optional.empty();
  }

  /** The file it makes from the class, if it makes one (its leftovers are cleaned at start). */
  default Optional<Path> classFile() {
    return Optional.empty();
  }

  /** Whether it gathers the whole class, so it cannot run on one shard of the roster. */
  default boolean needsWholeClass() {
    return false;
  }

  /**
   * What a class output is made from.
   *
   * @param booklets every booklet of the class, in roster order
   * @param beside the files written beside them, in the same order
   * @param manifest the batch's manifest
   * @param created the time written into the files (fixed, so reruns give the same bytes)
   */
  record ClassFiles(List<Path> booklets, List<Path> beside, Path manifest, Instant created) {
    public ClassFiles {
      booklets = List.copyOf(booklets);
      beside = List.copyOf(beside);
    }
  }
}
