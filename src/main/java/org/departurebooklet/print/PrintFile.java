package org.departurebooklet.print;

import java.util.List;
import java.util.Objects;

/**
 * One booklet laid out for print.
 *
 * @param pdf the print file
 * @param pages its pages (for an imposed file, sheet sides)
 * @param blanksAdded blank pages added to the booklet so that it folds (0 when none were needed)
 * @param summary what the file holds, for the line that reports it: "5 A4 sheets, both sides,
 *     long-edge duplex"
 * @param warnings what a person printing it must know, one sentence each (blank pages added, pages
 *     scaled down)
 */
public record PrintFile(byte[] pdf, int pages, int blanksAdded, String summary, List<String> warnings) {
  public PrintFile {
    Objects.requireNonNull(pdf, "pdf");
    Objects.requireNonNull(summary, "summary");
    warnings = List.copyOf(warnings);
    if (pages < 1 || blanksAdded < 0) {
      throw new IllegalArgumentException("pages " + pages + ", blanks " + blanksAdded);
    }
  }
}
