package org.departurebooklet.print;

import java.io.IOException;
import java.nio.file.Path;
import org.departurebooklet.io.AtomicFile;

/**
 * A way to lay a booklet's pages out for printing: {@link SaddleStitch} (pages in folding order,
 * two to a sheet side) or {@link Bleed} (single pages grown for a print shop's trimming). Each page
 * is placed as a form XObject, so text and vector graphics stay as they are (nothing is
 * rasterized); the tag tree, bookmarks and links stay behind in the booklet, so a print file is
 * neither PDF/UA nor PDF/A. Implementations are immutable and thread-safe.
 */
public interface PrintLayout {

  /**
   * Lays one booklet out.
   *
   * @param booklet the booklet's PDF, as {@code Booklets.pdf} makes it
   */
  PrintFile lay(byte[] booklet) throws IOException;

  /**
   * The layout in a few words, for reports and the print file's title: "saddle stitch, long-edge
   * duplex".
   */
  String describe();

  /** Lays one booklet out and writes the print file atomically (whole or not at all). */
  default PrintFile write(byte[] booklet, Path target) throws IOException {
    PrintFile file = lay(booklet);
    AtomicFile.write(target, file.pdf());
    return file;
  }
}
