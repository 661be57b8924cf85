package org.departurebooklet.cli;

import java.util.Optional;
import org.departurebooklet.render.RenderMemory;

/**
 * How many booklets a command renders at once ({@code batch --jobs}, {@code serve --render-slots}):
 * one per core unless told, and never more than the heap holds ({@link RenderMemory}); a number
 * asked for beyond that is lowered with a warning. Stateless.
 */
final class RenderThreads {

  /** The number to render at once, and what to tell the user about it, if anything. */
  record Choice(int threads, Optional<String> message) {}

  private RenderThreads() {}

  /** For this JVM: its cores and its maximum heap. */
  static Choice choose(Integer asked, String option) {
    return choose(
        asked,
        option,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory());
  }

  /**
   * @param asked the number given with {@code option}, or null for the default
   * @param maxHeap the JVM's maximum heap in bytes (-Xmx)
   */
  static Choice choose(Integer asked, String option, int cores, long maxHeap) {
    int fit = RenderMemory.fit(maxHeap);
    long heap = maxHeap >> 20;
    if (asked == null) {
      return cores <= fit
          ? new Choice(cores, Optional.empty())
          : new Choice(
              fit,
              Optional.of(
                  "note: "
                      + fit
                      + " booklet"
                      + (fit == 1 ? "" : "s")
                      + " at once, not one per core ("
                      + cores
                      + "): Java's heap of "
                      + heap
                      + " MiB holds "
                      + fit
                      + " (java -Xmx"
                      + RenderMemory.heapMibFor(cores)
                      + "m -jar ... would use every core)"));
    }
    return asked <= fit
        ? new Choice(asked, Optional.empty())
        : new Choice(
            fit,
            Optional.of(
                "warning: "
                    + option
                    + " "
                    + asked
                    + " needs about "
                    + RenderMemory.heapMibFor(asked)
                    + " MiB of heap and Java has "
                    + heap
                    + " MiB: "
                    + fit
                    + " booklet"
                    + (fit == 1 ? "" : "s")
                    + " at once instead (java -Xmx"
                    + RenderMemory.heapMibFor(asked)
                    + "m -jar ... gives it the heap)"));
  }
}
