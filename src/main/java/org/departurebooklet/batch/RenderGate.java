package org.departurebooklet.batch;

import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.departurebooklet.Booklets;
import org.departurebooklet.render.RenderMemory;

/**
 * The booklets a batch renders at once, and what it does when the heap runs out during one.
 *
 * <p>The number at once starts at the batch's threads (already bounded by the heap, see {@link
 * RenderMemory}). An OutOfMemoryError in a render is caught here: from then on one booklet fewer
 * renders at once (never fewer than one), the warning says so, and the booklet is tried once more;
 * if the heap runs out again, that row fails with {@link RanOut} and the batch goes on with the
 * others. The garbage of a failed render is freed as soon as it is caught, so the rest of the class
 * renders, and the manifest is written, whatever happened to one row.
 *
 * <p>Thread-safe: one instance per batch, called from every render thread.
 */
final class RenderGate {

  /** The heap ran out twice rendering one booklet: the row fails with this message. */
  static final class RanOut extends Exception {
    RanOut(String message) {
      super(message, null, false, false);
    }
  }

  /** A semaphore whose permits can be taken away for good. */
  private static final class Permits extends Semaphore {
    Permits(int n) {
      super(n);
    }

    void removeOne() {
      reducePermits(1);
    }
  }

  private final Permits permits;
  private final AtomicInteger allowed;
  private final Function<Booklets.CheckedStudent, Booklets.Rendered> renderer;
  private final Consumer<String> warn;

  /**
   * @param threads how many booklets may render at once to begin with
   * @param renderer makes one booklet ({@link Booklets#pdf} but in tests)
   * @param warn where the warning goes when fewer render at once from then on
   */
  RenderGate(
      int threads,
      Function<Booklets.CheckedStudent, Booklets.Rendered> renderer,
      Consumer<String> warn) {
    this.permits = new Permits(threads);
    this.allowed = new AtomicInteger(threads);
    this.renderer = renderer;
    this.warn = warn;
  }

  /**
   * Renders one booklet when fewer than the allowed number are rendering, trying once more after
   * the heap ran out.
   *
   * @param row names the row in the warning, such as {@code "class.csv line 14"}
   * @throws RanOut when the heap ran out on the second try too
   */
  Booklets.Rendered render(Booklets.CheckedStudent student, String row) throws RanOut {
    try {
      return once(student);
    } catch (RuntimeException | OutOfMemoryError e) {
      if (!RenderMemory.ranOut(e)) {
        throw e;
      }
      int now = lower();
      warn.accept(
          "warning: "
              + row
              + ": Java's heap ("
              + heapMib()
              + " MiB) ran out while rendering; "
              + now
              + " booklet"
              + (now == 1 ? "" : "s")
              + " at once from now on, and this one is tried again");
    }
    try {
      return once(student);
    } catch (RuntimeException | OutOfMemoryError e) {
      if (!RenderMemory.ranOut(e)) {
        throw e;
      }
      throw new RanOut(
          String.format(
              Locale.ROOT,
              "out of memory while rendering, twice: the booklet was not made."
                  + " Give Java more heap (java -Xmx%dm -jar ... renders %d at once; it has %d MiB) or use fewer --jobs,"
                  + " and run the batch again (the booklets made are kept)",
              RenderMemory.heapMibFor(allowed.get()),
              allowed.get(),
              heapMib()));
    }
  }

  private Booklets.Rendered once(Booklets.CheckedStudent student) {
    permits.acquireUninterruptibly();
    try {
      return renderer.apply(student);
    } finally {
      permits.release();
    }
  }

  /** One fewer at once from now on, unless only one is allowed; the number allowed now. */
  private int lower() {
    int before = allowed.getAndUpdate(n -> Math.max(1, n - 1));
    if (before > 1) {
      permits.removeOne();
    }
    return Math.max(1, before - 1);
  }

  private static long heapMib() {
    return Runtime.getRuntime().maxMemory() >> 20;
  }
}
