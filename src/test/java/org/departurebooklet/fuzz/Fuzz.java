package org.departurebooklet.fuzz;

import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a property on random inputs: a fixed number of tries in CI, more on request, each try from a
 * seed that makes the same input again. Used inside ordinary JUnit tests:
 *
 * <pre>
 * &#64;Test
 * void anyBytesAreReadOrRefused() {
 *   Fuzz.check(2000, Gen.bytes(4096), bytes -&gt; ...);
 * }
 * </pre>
 *
 * <p>How long it runs, by system property ({@code mvn test -Dfuzz.scale=100}):
 *
 * <ul>
 *   <li>{@code fuzz.scale=K} multiplies every property's tries by K (the slow render keeps its
 *       smaller share);
 *   <li>{@code fuzz.tries=N} makes every property try N inputs;
 *   <li>{@code fuzz.seed=S} starts from seed S: the seed a failure names, with {@code
 *       fuzz.tries=1}, makes exactly the failing input again;
 *   <li>{@code fuzz.seed=random} starts from a new seed each run, to look where no run has looked.
 * </ul>
 *
 * <p>Without {@code fuzz.seed} every run starts from {@link #DEFAULT_SEED}: a build (CI) tries the
 * same inputs each time, so it never fails on an input no earlier run met; what a random run finds
 * becomes a regular test.
 *
 * <p>A failure names the property's input (with every character outside printable ASCII escaped), a
 * smaller input that still fails when a shrinker is given, and the seed. Stateless.
 */
public final class Fuzz {

  /** Where every run starts unless {@code fuzz.seed} says otherwise. */
  public static final long DEFAULT_SEED = 0x5EED_2026_1206L;

  private Fuzz() {}

  /** Tries {@code property} on {@link #tries} inputs from {@code gen}. */
  public static <T> void check(int ciTries, Gen<T> gen, Consumer<T> property) {
    check(ciTries, gen, input -> Stream.empty(), property);
  }

  /**
   * The same, and on a failure looks for a smaller failing input among those {@code shrink} offers
   * (each smaller than the one it came from), to name in the failure.
   */
  public static <T> void check(
      int ciTries, Gen<T> gen, Function<T, Stream<T>> shrink, Consumer<T> property) {
    int tries = tries(ciTries);
    long seed = seed(System.getProperty("fuzz.seed"));
    long started = System.nanoTime();
    for (int i = 0; i < tries; i++) {
      T input = gen.next(new Random(seed));
      Optional<Throwable> failure = failure(property, input);
      if (failure.isPresent()) {
        T smallest = shrink(input, shrink, property);
        throw new AssertionFailedError(
            String.format(
                Locale.ROOT,
                "fuzz: failed on try %d of %d: %s%n  input:    %s%n  smallest: %s%n  again:    -Dfuzz.seed=%d -Dfuzz.tries=1",
                i + 1,
                tries,
                failure.get(),
                Inputs.describe(input),
                Inputs.describe(smallest),
                seed),
            failure.get());
      }
      seed = next(seed);
    }
    System.out.printf(
        Locale.ROOT,
        "fuzz: %s: %d tries in %.1f s%n",
        caller(),
        tries,
        (System.nanoTime() - started) / 1e9);
  }

  /** {@code ciTries}, or what {@code fuzz.tries} or {@code fuzz.scale} asks for. */
  public static int tries(int ciTries) {
    Integer fixed = Integer.getInteger("fuzz.tries");
    if (fixed != null) {
      return fixed;
    }
    long scale = Integer.getInteger("fuzz.scale", 1);
    return (int) Math.min(Integer.MAX_VALUE, ciTries * scale);
  }

  private static <T> Optional<Throwable> failure(Consumer<T> property, T input) {
    try {
      property.accept(input);
      return Optional.empty();
    } catch (RuntimeException | AssertionError | StackOverflowError | OutOfMemoryError e) {
      return Optional.of(e);
    }
  }

  /** Takes the first smaller input that still fails, again and again, for at most 2,000 checks. */
  private static <T> T shrink(T input, Function<T, Stream<T>> shrink, Consumer<T> property) {
    T smallest = input;
    int budget = 2000;
    boolean smaller = true;
    while (smaller && budget > 0) {
      smaller = false;
      for (T candidate : (Iterable<T>) shrink.apply(smallest)::iterator) {
        if (--budget < 0) {
          break;
        }
        if (failure(property, candidate).isPresent()) {
          smallest = candidate;
          smaller = true;
          break;
        }
      }
    }
    return smallest;
  }

  /** The first seed: the given one, a new one for "random", else {@link #DEFAULT_SEED}. */
  private static long seed(String property) {
    if (property == null || property.isBlank()) {
      return DEFAULT_SEED;
    }
    return property.strip().equals("random")
        ? new Random().nextLong()
        : Long.parseLong(property.strip());
  }

  /** The seed after {@code seed} (SplitMix64's step and mix), so tries never repeat one another. */
  private static long next(long seed) {
    long z = seed + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** {@code Class.method} of the test that called {@link #check}. */
  private static String caller() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .filter(f -> !f.getClassName().equals(Fuzz.class.getName()))
                    .findFirst()
                    .map(
                        f ->
                            f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1)
                                + "."
                                + f.getMethodName())
                    .orElse("?"));
  }
}
