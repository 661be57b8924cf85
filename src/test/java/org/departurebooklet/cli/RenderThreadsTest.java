package org.departurebooklet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Booklets at once for batch and serve: one per core, never more than the heap holds. */
class RenderThreadsTest {

  private static final long MIB = 1L << 20;

  @Test
  void theDefaultIsOnePerCoreWhenTheHeapHoldsThem() {
    assertEquals(
        new RenderThreads.Choice(2, Optional.empty()),
        RenderThreads.choose(null, "--jobs", 2, 2048 * MIB));
  }

  @Test
  void sixteenCoresWithTheReadmesHalfGigabyteHeapRenderThreeAtOnceAndSayWhy() {
    RenderThreads.Choice choice = RenderThreads.choose(null, "--jobs", 16, 512 * MIB);
    assertEquals(3, choice.threads());
    assertEquals(
        "note: 3 booklets at once, not one per core (16): Java's heap of 512 MiB holds 3"
            + " (java -Xmx2112m -jar ... would use every core)",
        choice.message().orElseThrow());
  }

  @Test
  void moreJobsThanTheHeapHoldsAreLoweredWithAWarning() {
    RenderThreads.Choice choice = RenderThreads.choose(16, "--render-slots", 16, 512 * MIB);
    assertEquals(3, choice.threads());
    assertTrue(
        choice
            .message()
            .orElseThrow()
            .startsWith(
                "warning: --render-slots 16 needs about 2112 MiB of heap and"
                    + " Java has 512 MiB: 3 booklets at once instead"),
        choice.message().get());
    assertEquals(
        new RenderThreads.Choice(2, Optional.empty()),
        RenderThreads.choose(2, "--jobs", 16, 512 * MIB));
  }

  @Test
  void aTinyHeapStillRendersOne() {
    assertEquals(1, RenderThreads.choose(null, "--jobs", 8, 100 * MIB).threads());
  }
}
