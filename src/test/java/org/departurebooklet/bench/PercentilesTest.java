package org.departurebooklet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void percentilesAreTakenByNearestRankWhateverTheOrderOfTheSamples() {
    Percentiles p = Percentiles.of(4, 1, 3, 2);
    assertEquals(2, p.median(), "the lower middle of an even count");
    assertEquals(4, p.at(95));
    assertEquals(4, p.at(100), "p100 is the largest");
    assertEquals(1, p.at(25));
    assertEquals(3, Percentiles.of(5.0, 1.0, 3.0).median(), "the middle of an odd count");
  }

  @Test
  void noSamplesHaveNoPercentile() {
    assertTrue(Double.isNaN(Percentiles.of(new long[0]).median()));
  }
}
