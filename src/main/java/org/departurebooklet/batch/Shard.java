package org.departurebooklet.batch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.departurebooklet.BookletException;

/**
 * The K-th of N slices of a roster: data rows whose index (from 0) modulo N is K-1. Every row is in
 * exactly one of the N shards, so N processes with K = 1..N together render the whole class.
 */
public record Shard(int k, int n) {

  private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

  /** The whole roster. */
  public static final Shard ALL = new Shard(1, 1);

  public Shard {
    if (n < 1 || k < 1 || k > n) {
      throw new IllegalArgumentException("shard " + k + "/" + n);
    }
  }

  /** Parses {@code K/N}, e.g. {@code 2/8}; a usage error otherwise. */
  public static Shard parse(String text) {
    Matcher m = FORM.matcher(text);
    if (m.matches()) {
      int k = Integer.parseInt(m.group(1));
      int n = Integer.parseInt(m.group(2));
      if (n >= 1 && k >= 1 && k <= n) {
        return new Shard(k, n);
      }
    }
    throw new BookletException(
        BookletException.Kind.USAGE,
        "--shard \""
            + text
            + "\" is not a slice (use K/N with 1 <= K <= N, e.g. 1/4; in a Kubernetes Indexed Job, "
            + "$((JOB_COMPLETION_INDEX + 1))/N)");
  }

  public boolean includes(int rowIndex) {
    return rowIndex % n == k - 1;
  }

  public boolean isAll() {
    return n == 1;
  }

  /** How many of {@code rows} data rows fall in this shard. */
  public int size(int rows) {
    return rows < k ? 0 : (rows - k) / n + 1;
  }

  /** {@code ""} for the whole roster, else {@code -K-of-N}, for file names. */
  public String suffix() {
    return isAll() ? "" : "-" + k + "-of-" + n;
  }
}
