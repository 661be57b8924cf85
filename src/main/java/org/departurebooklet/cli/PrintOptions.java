package org.departurebooklet.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.departurebooklet.BookletException;
import org.departurebooklet.print.Bleed;
import org.departurebooklet.print.Duplex;
import org.departurebooklet.print.PrintFile;
import org.departurebooklet.print.PrintLayout;
import org.departurebooklet.print.SaddleStitch;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How a booklet is laid out for printing: sheets to fold for an office printer, or pages with bleed
 * for a print shop. Filled by picocli for one command; not thread-safe.
 */
final class PrintOptions {

  static final String SADDLE_STITCH = "saddle-stitch";

  @Option(
      names = "--imposition",
      paramLabel = SADDLE_STITCH,
      description =
          "A print file to fold into a booklet: A5 pages two to a side of A4 landscape sheets (A4 pages on"
              + " A3) in folding order; print double-sided, fold, staple. Not for reading on screen.")
  String imposition;

  @Option(
      names = "--duplex",
      paramLabel = "long-edge|short-edge",
      description =
          "With --imposition: how the printer turns the sheets over, as its print dialog says (default"
              + " long-edge: the backs are drawn upside down, as flipping on the long edge needs).")
  String duplex;

  @Option(
      names = "--marks",
      description =
          "With --imposition: crop and fold marks in a margin (the pages are then"
              + " scaled to 91 %% to make room).")
  boolean marks;

  @Option(
      names = "--bleed",
      paramLabel = "MM",
      description =
          "A print file for a print shop: single pages grown by MM mm on every side (1 to 10; 3 is usual),"
              + " with TrimBox, BleedBox and crop marks.")
  String bleed;

  /** The layout the options ask for, if any; refuses options that do not go together. */
  Optional<PrintLayout> layout() {
    if (bleed != null) {
      if (imposition != null || duplex != null || marks) {
        throw BookletException.usage(
            "--bleed makes single pages for a print shop to cut; --imposition, --duplex"
                + " and --marks make sheets to fold: use one or the other");
      }
      return Optional.of(new Bleed(millimetres(bleed)));
    }
    if (imposition == null) {
      if (duplex != null || marks) {
        throw BookletException.usage(
            (marks ? "--marks" : "--duplex")
                + " goes with --imposition "
                + SADDLE_STITCH
                + ": add it, or leave "
                + (marks ? "--marks" : "--duplex")
                + " out");
      }
      return Optional.empty();
    }
    if (!imposition.strip().equalsIgnoreCase(SADDLE_STITCH)) {
      throw BookletException.usage(
          "--imposition \"" + imposition + "\" is not an imposition (use " + SADDLE_STITCH + ")");
    }
    Duplex mode =
        duplex == null
            ? Duplex.LONG_EDGE
            : Duplex.fromCode(duplex)
                .orElseThrow(
                    () ->
                        BookletException.usage(
                            "--duplex \""
                                + duplex
                                + "\" is not a duplex mode (use "
                                + Duplex.ACCEPTED
                                + ")"));
    return Optional.of(new SaddleStitch(mode, marks));
  }

  /**
   * Lays out {@code pdf} as a print file at {@code output} and says so: its warnings on the error
   * stream, what was written on the output stream.
   */
  static void write(
      PrintLayout layout, byte[] pdf, Path output, String lang, String paper, CommandLine command)
      throws IOException {
    PrintFile printFile = layout.write(pdf, output);
    printFile.warnings().forEach(w -> command.getErr().println("warning: " + w));
    command
        .getOut()
        .println(
            "wrote "
                + output
                + " ("
                + printFile.summary()
                + ", "
                + lang
                + ", "
                + paper
                + "; a print file, neither PDF/UA nor PDF/A)");
  }

  private static BigDecimal millimetres(String value) {
    try {
      BigDecimal mm = new BigDecimal(value.strip());
      if (mm.compareTo(Bleed.MIN_MM) >= 0 && mm.compareTo(Bleed.MAX_MM) <= 0) {
        return mm;
      }
    } catch (NumberFormatException ignored) {
      // not a number: refused below with what is accepted
    }
    throw BookletException.usage(
        "--bleed \""
            + value
            + "\" is not a bleed in mm (use a number from "
            + Bleed.MIN_MM
            + " to "
            + Bleed.MAX_MM
            + ", e.g. 3)");
  }
}
