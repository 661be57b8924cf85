package org.departurebooklet.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.departurebooklet.print.CombinedPdf;
import org.departurebooklet.print.PrintLayout;

/**
 * {@code batch --combined FILE}: one print file of every booklet, each on its own sheets, laid out
 * for print ({@code --imposition}, {@code --bleed}) if a layout is given. Thread-safe.
 */
public final class PrintFileOutput implements BatchOutput {

  private final Path target;
  private final Optional<PrintLayout> layout;

  public PrintFileOutput(Path target) {
    this(target, Optional.empty());
  }

  public PrintFileOutput(Path target, Optional<PrintLayout> layout) {
    this.target = target;
    this.layout = Objects.requireNonNull(layout, "layout");
  }

  @Override
  public Optional<String> fromClass(ClassFiles files) throws IOException {
    CombinedPdf.Written written =
        CombinedPdf.write(target, files.booklets(), files.created(), layout);
    StringBuilder report =
        new StringBuilder(
            "wrote "
                + target
                + " ("
                + files.booklets().size()
                + " booklets, "
                + written.pages()
                + " pages"
                + layout.map(l -> ", " + l.describe()).orElse("")
                + ")");
    written
        .warnings()
        .forEach(w -> report.append(System.lineSeparator()).append("warning: ").append(w));
    return Optional.of(report.toString());
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
