package org.departurebooklet.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One booklet laid out for print. Immutable, except that {@code pdf} is the array itself, not a
 * copy: whoever holds it must not change it.
 *
 * @param pdf the print file
 * @param pages its pages (for an imposed file, sheet sides)
 * @param bookletPages the booklet's own pages
 * @param blanksAdded blank pages added at the booklet's end so that it folds (0 when none were
 *     needed)
 * @param summary what the file holds, for the line that reports it: "5 A4 sheets printed on both
 *     sides, long-edge duplex"
 * @param notes what a person printing it must know besides blank pages, one sentence each (pages
 *     scaled down to make room for marks)
 */
public record PrintFile(
    byte[] pdf, int pages, int bookletPages, int blanksAdded, String summary, List<String> notes) {
  public PrintFile {
    Objects.requireNonNull(pdf, "pdf");
    Objects.requireNonNull(summary, "summary");
    notes = List.copyOf(notes);
    if (pages < 1 || bookletPages < 1 || blanksAdded < 0) {
      throw new IllegalArgumentException(
          "pages " + pages + ", booklet pages " + bookletPages + ", blanks " + blanksAdded);
    }
  }

  /** Everything to tell the person printing it: the blank pages added, if any, then the notes. */
  public List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    if (blanksAdded > 0) {
      warnings.add(
          "the booklet has "
              + bookletPages
              + " pages, not a multiple of 4: "
              + blanksAdded
              + " blank page"
              + (blanksAdded == 1 ? " was" : "s were")
              + " added at its end so the sheets fold into a booklet (its"
              + " last printed page then lies inside, not on the outside back)");
    }
    warnings.addAll(notes);
    return warnings;
  }
}
