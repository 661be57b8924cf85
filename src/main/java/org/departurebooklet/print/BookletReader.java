package org.departurebooklet.print;

import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.departurebooklet.io.BoundedFiles;

/**
 * Reads the booklets a {@link CombinedPdf} is made of, one at a time, each laid out for print when
 * a layout is given, and tallies what the person printing the file must be told: how many booklets
 * got blank pages, and each other note once. One instance per combined file; not thread-safe.
 */
final class BookletReader {

  private final Optional<PrintLayout> layout;
  private final long maxBytes;
  private int padded;
  private String firstPadded;
  private final Set<String> notes = new LinkedHashSet<>();

  BookletReader(Optional<PrintLayout> layout, long maxBytes) {
    this.layout = layout;
    this.maxBytes = maxBytes;
  }

  /** The booklet's PDF, laid out if a layout is given. */
  byte[] read(Path file) throws IOException {
    // Read as a regular file without following a link someone may have put there since it was
    // written.
    byte[] pdf = BoundedFiles.readRegular(file, maxBytes, LinkOption.NOFOLLOW_LINKS);
    if (layout.isEmpty()) {
      return pdf;
    }
    PrintFile laid = layout.get().lay(pdf);
    if (laid.blanksAdded() > 0 && padded++ == 0) {
      firstPadded =
          file.getFileName()
              + ": "
              + laid.bookletPages()
              + " pages + "
              + laid.blanksAdded()
              + " blank";
    }
    notes.addAll(laid.notes());
    return laid.pdf();
  }

  /** The warnings for a file of {@code booklets} booklets, each said once. */
  List<String> warnings(int booklets) {
    List<String> warnings = new ArrayList<>();
    if (padded > 0) {
      warnings.add(
          padded
              + " of "
              + booklets
              + " booklets have a page count that is not a multiple of 4: blank"
              + " pages were added at their ends so the sheets fold into booklets (first: "
              + firstPadded
              + ")");
    }
    warnings.addAll(notes);
    return warnings;
  }
}
