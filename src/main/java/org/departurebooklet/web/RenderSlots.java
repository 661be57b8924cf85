package org.departurebooklet.web;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A fixed number of render slots and the threads that run in them.
 *
 * <p>{@link #run} takes a slot without waiting or answers {@link Outcome.Busy} at once: the server
 * never queues renders it cannot start. A render runs on its own slot thread and the caller waits
 * at most the timeout; a render that overruns keeps its slot until it really ends, so slow renders
 * can never add up to more than the slot count, and the caller gets {@link Outcome.TimedOut}.
 *
 * <p>Thread-safe. {@link #close} stops the threads.
 */
public final class RenderSlots implements AutoCloseable {

  /** What became of one render. */
  public sealed interface Outcome<T> {
    /** The render finished in time. */
    record Done<T>(T value) implements Outcome<T> {}

    /** Every slot was taken; nothing was started. */
    record Busy<T>() implements Outcome<T> {}

    /** The render took longer than the timeout; it goes on in its slot until it ends. */
    record TimedOut<T>() implements Outcome<T> {}
  }

  private final Semaphore slots;
  private final int size;
  private final Duration timeout;
  private final ExecutorService threads;

  public RenderSlots(int size, Duration timeout) {
    if (size < 1) {
      throw new IllegalArgumentException("render slots must be at least 1, not " + size);
    }
    this.size = size;
    this.slots = new Semaphore(size);
    this.timeout = timeout;
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "render-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    // Never more tasks than slots: the semaphore is taken before submitting, so the queue stays
    // short (a task may wait there for the moment a finishing thread needs to become free).
    this.threads = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(size), factory);
  }

  public int size() {
    return size;
  }

  /** Slots free right now (for tests and health). */
  public int free() {
    return slots.availablePermits();
  }

  /**
   * Runs {@code render} in a free slot and waits for it at most the timeout.
   *
   * @throws ExecutionException if the render itself failed (its cause is the render's exception)
   * @throws InterruptedException if the waiting thread was interrupted
   */
  public <T> Outcome<T> run(Supplier<T> render) throws ExecutionException, InterruptedException {
    if (!slots.tryAcquire()) {
      return new Outcome.Busy<>();
    }
    Future<T> future;
    try {
      future = threads.submit(() -> {
        try {
          return render.get();
        } finally {
          slots.release();
        }
      });
    } catch (RuntimeException rejected) {
      slots.release();
      throw rejected;
    }
    try {
      return new Outcome.Done<>(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      // Not cancelled: the PDF renderer does not stop on interrupt, and a task cancelled while still
      // queued would never run its finally and would leak the slot. It ends on its own and frees it.
      return new Outcome.TimedOut<>();
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
