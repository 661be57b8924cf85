package org.departurebooklet.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.departurebooklet.print.CombinedPdf;

/** {@code batch --combined FILE}: one print file of every booklet, each on its own sheets. Thread-safe. */
public final class PrintFileOutput implements BatchOutput {

  private final Path target;

  public PrintFileOutput(Path target) {
    this.target = target;
  }

  @Override
  public Optional<String> fromClass(ClassFiles files) throws IOException {
    int pages = CombinedPdf.write(target, files.booklets(), files.created());
    return Optional.of("wrote " + target + " (" + files.booklets().size() + " booklets, " + pages + " pages)");
  }

  @Override
  public Optional<Path> classFile() {
    return Optional.of(target);
  }

  @Override
  public boolean needsWholeClass() {
    return true;
  }
}
