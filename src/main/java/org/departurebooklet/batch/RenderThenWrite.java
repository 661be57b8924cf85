package org.departurebooklet.batch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The threads of a batch: booklets are rendered on a pool of the batch's size and each is written
 * on a second, small pool, so the render threads go on to the next row while a file waits for the
 * disk (each is synced before it is moved into place). At most two booklets per thread of either
 * pool are in memory at once: {@link #submit} waits while that many are.
 *
 * <p>One instance per batch: {@link #submit} is called from one thread, {@link #close} once, from
 * the same thread, after the last submit; the tasks run on the pools' daemon threads.
 */
final class RenderThenWrite implements AutoCloseable {

  /** Threads that write finished booklets to disk. */
  private static final int WRITERS = 2;

  private final ExecutorService renderers;
  private final ExecutorService writers;

  /** Rows rendered or being written at once: bounds the PDFs held in memory. */
  private final Semaphore inFlight;

  /**
   * @param jobs how many booklets are rendered at once
   */
  RenderThenWrite(int jobs) {
    this.renderers = daemons(jobs, "booklet-render");
    this.writers = daemons(WRITERS, "booklet-write");
    this.inFlight = new Semaphore(jobs * 2 + WRITERS * 2);
  }

  /**
   * Runs {@code render} on a render thread and then, if it made something (not null), {@code write}
   * on a writer thread. Waits first while too many rows are rendered or written at once.
   */
  <T> void submit(Supplier<T> render, Consumer<T> write) {
    inFlight.acquireUninterruptibly();
    renderers.execute(
        () -> {
          boolean handedOver = false;
          try {
            T made = render.get();
            if (made != null) {
              writers.execute(
                  () -> {
                    try {
                      write.accept(made);
                    } finally {
                      inFlight.release();
                    }
                  });
              handedOver = true;
            }
          } finally {
            if (!handedOver) {
              inFlight.release();
            }
          }
        });
  }

  /** Waits for every render, then for every write, to finish. */
  @Override
  public void close() {
    renderers.shutdown();
    awaitQuietly(renderers);
    writers.shutdown();
    awaitQuietly(writers);
  }

  private static ExecutorService daemons(int threads, String name) {
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  private static void awaitQuietly(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.DAYS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
