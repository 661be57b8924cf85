package org.departurebooklet.print;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a duplex printer turns an imposed landscape sheet over between its front and its back, as its
 * print dialog names it.
 *
 * <p>Each side of a saddle-stitched sheet is laid out the way a person sees it when they turn the
 * printed sheet over like a book page, around the fold (a line parallel to the sheet's short
 * edges): the back of the page on the front's right half is then on the back's left half, and both
 * sides are upright. A printer set to flip on the <em>short</em> edge turns the sheet exactly that
 * way, so its backs are printed as they are. A printer set to flip on the <em>long</em> edge (most
 * printers' default for double-sided printing) turns a landscape sheet over top to bottom, like a
 * wall calendar, which puts every back upside down relative to its front; so for it each back side
 * is drawn rotated by 180°, and the two cancel. (A driver that turns the landscape sheet onto
 * portrait paper rotates fronts and backs alike, which changes nothing of this.) Immutable and
 * thread-safe.
 */
public enum Duplex {
  /** Flip on the long edge: the back sides are rotated by 180°. The default. */
  LONG_EDGE("long-edge", true),
  /** Flip on the short edge: the back sides are upright. */
  SHORT_EDGE("short-edge", false);

  /** What {@code --duplex} accepts, for messages. */
  public static final String ACCEPTED = "long-edge or short-edge";

  private final String code;
  private final boolean rotatesBacks;

  Duplex(String code, boolean rotatesBacks) {
    this.code = code;
    this.rotatesBacks = rotatesBacks;
  }

  /** The mode written as on the command line ({@code long-edge}, {@code short-edge}). */
  public static Optional<Duplex> fromCode(String code) {
    return Arrays.stream(values()).filter(d -> d.code.equalsIgnoreCase(code.strip())).findFirst();
  }

  public String code() {
    return code;
  }

  /** Whether each back side is drawn upside down, so that it prints upright once turned over. */
  public boolean rotatesBacks() {
    return rotatesBacks;
  }
}
