package org.departurebooklet.batch;

import java.io.IOException;
import java.nio.file.Path;
import org.departurebooklet.io.AtomicFile;

/**
 * How a batch puts a whole file into its output folder: {@link AtomicFile}, or in tests a disk that
 * fills up part way. Implementations are thread-safe.
 */
@FunctionalInterface
interface OutputFiles {

  /** Temporary file, sync, rename: see {@link AtomicFile}. */
  OutputFiles ATOMIC = AtomicFile::write;

  void write(Path target, AtomicFile.Writer content) throws IOException;
}
