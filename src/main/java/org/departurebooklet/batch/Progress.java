package org.departurebooklet.batch;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows how far a batch is: on a terminal a bar redrawn in place ({@code \r}) with rows done, rate
 * and time left; otherwise a plain line every few seconds, which reads well in a CI or job log.
 * Thread-safe.
 */
public final class Progress {

  private static final long TERMINAL_EVERY_NS = 200_000_000L;
  private static final long PLAIN_EVERY_NS = 5_000_000_000L;
  private static final int BAR = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final int total;
  private final long start = System.nanoTime();
  private int done;
  private int failed;
  private long lastShown = Long.MIN_VALUE / 2;
  private int lastWidth;

  public Progress(PrintWriter err, boolean terminal, int total) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
  }

  /** One more row finished. */
  public synchronized void row(boolean ok) {
    done++;
    if (!ok) {
      failed++;
    }
    long now = System.nanoTime();
    if (done == total || now - lastShown >= (terminal ? TERMINAL_EVERY_NS : PLAIN_EVERY_NS)) {
      lastShown = now;
      show(now);
    }
  }

  /** Prints a message above the bar. */
  public synchronized void message(String text) {
    clearBar();
    err.println(text);
    err.flush();
  }

  /** Ends the bar's line. */
  public synchronized void finish() {
    if (terminal && lastWidth > 0) {
      err.println();
      lastWidth = 0;
    }
    err.flush();
  }

  private void show(long now) {
    double seconds = (now - start) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    String left = rate > 0 ? clock((total - done) / rate) : "?";
    String counts =
        String.format(
            Locale.ROOT,
            "%d/%d rows%s, %.1f/s, %s left",
            done,
            total,
            failed > 0 ? " (" + failed + " failed)" : "",
            rate,
            left);
    if (terminal) {
      int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
      String line = "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + counts;
      err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
      lastWidth = line.length();
    } else {
      err.println("batch: " + counts);
    }
    err.flush();
  }

  private void clearBar() {
    if (terminal && lastWidth > 0) {
      err.print("\r" + " ".repeat(lastWidth) + "\r");
      lastWidth = 0;
    }
  }

  static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
