package org.departurebooklet.bench;

import java.util.Arrays;

/**
 * The percentiles every benchmark reports, taken one way: nearest rank (the smallest sample with at
 * least p % of the samples at or below it), so the median of 1, 2, 3, 4 is 2 and p100 is the
 * largest. Immutable and thread-safe.
 */
final class Percentiles {

  private final double[] sorted;

  private Percentiles(double[] sorted) {
    this.sorted = sorted;
  }

  static Percentiles of(double... samples) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    return new Percentiles(sorted);
  }

  static Percentiles of(long... samples) {
    return of(Arrays.stream(samples).asDoubleStream().toArray());
  }

  /** The {@code p}-th percentile, 0 < p ≤ 100; NaN when there are no samples. */
  double at(int p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("a percentile is from 1 to 100, not " + p);
    }
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  double median() {
    return at(50);
  }
}
