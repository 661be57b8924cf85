package org.departurebooklet.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.departurebooklet.Booklets;
import org.departurebooklet.io.AtomicFile;

/**
 * {@code batch --ics}: each student's deadlines as a calendar file beside their booklet, with the
 * same name ({@code Lê_Thị.pdf} and {@code Lê_Thị.ics}). Made from the same plan as the booklet;
 * cheap, so it is written again for a booklet kept unchanged. Stateless and thread-safe.
 */
public final class CalendarFiles implements BatchOutput {

  @Override
  public List<Path> beside(Booklets booklets, Booklets.CheckedStudent student, Path booklet)
      throws IOException {
    String name = booklet.getFileName().toString();
    Path ics = booklet.resolveSibling(name.substring(0, name.length() - ".pdf".length()) + ".ics");
    AtomicFile.write(ics, booklets.calendar(student));
    return List.of(ics);
  }
}
