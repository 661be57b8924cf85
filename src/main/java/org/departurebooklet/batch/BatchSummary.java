package org.departurebooklet.batch;

import java.nio.file.Path;
import java.time.Duration;

/** How a batch went: rows by outcome, time taken, and where the manifest is. */
public record BatchSummary(int ok, int skipped, int errors, Duration elapsed, Path manifest) {

  public int rows() {
    return ok + skipped + errors;
  }

  /** Booklets rendered per second of the whole run. */
  public double rate() {
    double s = elapsed.toNanos() / 1e9;
    return s > 0 ? ok / s : 0;
  }
}
