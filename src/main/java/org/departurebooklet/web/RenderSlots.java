package org.departurebooklet.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 * A fixed number of render slots, the threads that run in them, and a short bounded wait for one.
 *
 * <p>{@link #run} takes a free slot; when every slot is taken, it may wait for one, first come
 * first served, at most {@code queueWait} and only while fewer than {@code queueLength} others are
 * waiting. A full queue or a wait run out is {@link Outcome.Busy}, at once or after the wait: the
 * server never holds more requests than slots plus queue. A render runs on its own slot thread and
 * the caller waits at most the timeout; a render that overruns keeps its slot until it really ends,
 * so slow renders can never add up to more than the slot count, and the caller gets {@link
 * Outcome.TimedOut}. How long a render has been running ({@link #longestRunning}) is read from the
 * given clock, so a test can move time on instead of sleeping past a limit.
 *
 * <p>Thread-safe. {@link #close} stops the threads.
 */
public final class RenderSlots implements AutoCloseable {

  /** What became of one render. */
  public sealed interface Outcome<T> {
    /** The render finished in time. */
    record Done<T>(T value) implements Outcome<T> {}

    /**
     * Every slot was taken and the queue full, or the wait for a slot ran out; nothing was started.
     */
    record Busy<T>() implements Outcome<T> {}

    /** The render took longer than the timeout; it goes on in its slot until it ends. */
    record TimedOut<T>() implements Outcome<T> {}
  }

  private final Semaphore slots;
  private final int size;
  private final Duration timeout;
  private final int queueLength;
  private final Duration queueWait;
  private final AtomicInteger waiting = new AtomicInteger();
  private final Clock clock;

  /** The renders running now, each with its start on {@link #clock}. */
  private final Map<Object, Instant> running = new ConcurrentHashMap<>();

  private final ExecutorService threads;

  /**
   * @param queueLength how many requests may wait for a slot at once (0: none waits)
   * @param queueWait how long each of them waits at most
   * @param clock what {@link #longestRunning} measures with
   */
  public RenderSlots(int size, Duration timeout, int queueLength, Duration queueWait, Clock clock) {
    if (size < 1) {
      throw new IllegalArgumentException("render slots must be at least 1, not " + size);
    }
    if (queueLength < 0 || queueWait.isNegative()) {
      throw new IllegalArgumentException("the queue length and wait cannot be negative");
    }
    this.size = size;
    // Fair, so waiting requests get slots in the order they came, and a newcomer never overtakes
    // them.
    this.slots = new Semaphore(size, true);
    this.timeout = timeout;
    this.queueLength = queueLength;
    this.queueWait = queueWait;
    this.clock = clock;
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, "render-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    // Never more tasks than slots: the semaphore is taken before submitting, so the queue stays
    // short (a task may wait there for the moment a finishing thread needs to become free).
    this.threads =
        new ThreadPoolExecutor(
            size, size, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(size), factory);
  }

  public int size() {
    return size;
  }

  /** Slots free right now (for tests and health). */
  public int free() {
    return slots.availablePermits();
  }

  /** How long the longest render running now has been running; empty when none runs. */
  public Optional<Duration> longestRunning() {
    Instant now = clock.instant();
    return running.values().stream()
        .min(Instant::compareTo)
        .map(start -> Duration.between(start, now));
  }

  /** Requests waiting for a slot right now (for tests). */
  public int waiting() {
    return waiting.get();
  }

  /**
   * Runs {@code render} in a slot, waiting for one as described above, and waits for the render at
   * most the timeout.
   *
   * @throws ExecutionException if the render itself failed (its cause is the render's exception)
   * @throws InterruptedException if the waiting thread was interrupted
   */
  public <T> Outcome<T> run(Supplier<T> render) throws ExecutionException, InterruptedException {
    if (!acquire()) {
      return new Outcome.Busy<>();
    }
    Future<T> future;
    try {
      future =
          threads.submit(
              () -> {
                Object token = new Object();
                running.put(token, clock.instant());
                try {
                  return render.get();
                } finally {
                  running.remove(token);
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
      // Not cancelled: the PDF renderer does not stop on interrupt, and a task cancelled while
      // still
      // queued would never run its finally and would leak the slot. It ends on its own and frees
      // it.
      return new Outcome.TimedOut<>();
    }
  }

  /** A slot now, or after a wait in the queue; false when the queue is full or the wait ran out. */
  private boolean acquire() throws InterruptedException {
    // With a timeout of zero, a fair semaphore does not let this request overtake waiting ones.
    if (slots.tryAcquire(0, TimeUnit.NANOSECONDS)) {
      return true;
    }
    if (queueLength == 0 || queueWait.isZero()) {
      return false;
    }
    if (waiting.incrementAndGet() > queueLength) {
      waiting.decrementAndGet();
      return false;
    }
    try {
      return slots.tryAcquire(queueWait.toNanos(), TimeUnit.NANOSECONDS);
    } finally {
      waiting.decrementAndGet();
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
