package org.departurebooklet.render;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * How many booklets fit in a heap at once, and whether a failure was the heap running out.
 *
 * <p>Measured on the 2-core development machine (Java 17, G1, 2026-12-07), with booklets whose
 * names fall outside the trimmed fonts' repertoire (Korean and rare kanji together, so every face
 * is parsed in full): the program with its content, templates and font files loaded holds 46 MiB;
 * each booklet rendering at once adds 104-110 MiB at its peak (live heap after a full GC, sampled
 * every 200 ms during 24 renders on 1 and on 4 threads). Of that, 81 MiB is the set of parsed full
 * faces the render borrows from {@link FontLibrary} (glyph tables as byte arrays, 47 MB; character
 * maps as boxed hash maps, about 20 MB, by heap histogram), which the library keeps for the next
 * render, so the sets grow to the most renders that ever ran at once; the rest is the document
 * being laid out and saved. Booklets whose text fits the trimmed faces need far less (about 14 MiB
 * each on 4 threads), but one row of a class may need the full faces, so the bound is for those.
 *
 * <p>Checked against the heap itself, 24 such booklets per run: 1 at a time rendered in 160 MiB, 2
 * in 256 MiB, 4 in 448 MiB, but slowly (59 s against 34 s in 576 MiB: garbage collection near the
 * limit); 4 in 384 MiB spent 150 s in full collections in its first 10 minutes. The figures below
 * give 1 in 256 MiB, 3 in 512 MiB and 4 in 576 MiB. With {@code -Xmx512m} and 16 cores claimed, a
 * class of 100 (names in five scripts, three languages) rendered 3 at a time, all made; 16 at a
 * time, before this bound, all 100 failed after 11 minutes of garbage collection.
 *
 * <p>Stateless and thread-safe.
 */
public final class RenderMemory {

  /** The loaded program (46 MiB measured) with room for the JVM's own and a batch's bookkeeping. */
  public static final long BASE_BYTES = 64L << 20;

  /** One booklet rendering at once, at its peak (104-110 MiB measured), with a margin. */
  public static final long PER_RENDER_BYTES = 128L << 20;

  private RenderMemory() {}

  /** The most booklets that render at once in a heap of {@code maxHeap} bytes: at least 1. */
  public static int fit(long maxHeap) {
    return (int) Math.max(1, Math.min(1024, (maxHeap - BASE_BYTES) / PER_RENDER_BYTES));
  }

  /** The heap {@code renders} booklets at once need, in MiB (to say what -Xmx would do). */
  public static long heapMibFor(int renders) {
    return (BASE_BYTES + renders * PER_RENDER_BYTES) >> 20;
  }

  /**
   * Whether {@code failure} is the heap running out: an {@link OutOfMemoryError} itself, or one
   * carried as a cause or a suppressed exception (a try-with-resources that closes after an
   * OutOfMemoryError can throw "Self-suppression not permitted" with it as the cause).
   */
  public static boolean ranOut(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> todo = new ArrayDeque<>();
    todo.push(failure);
    while (!todo.isEmpty()) {
      Throwable t = todo.pop();
      if (!seen.add(t)) {
        continue;
      }
      if (t instanceof OutOfMemoryError) {
        return true;
      }
      if (t.getCause() != null) {
        todo.push(t.getCause());
      }
      for (Throwable suppressed : t.getSuppressed()) {
        todo.push(suppressed);
      }
    }
    return false;
  }
}
