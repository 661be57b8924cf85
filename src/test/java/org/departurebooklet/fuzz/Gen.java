package org.departurebooklet.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Makes one random value of {@code T} from a {@link Random}: the same seed gives the same value, so
 * a failure found by {@link Fuzz} can be made again from its seed. Implementations hold no state of
 * their own and may be shared.
 */
@FunctionalInterface
public interface Gen<T> {

  T next(Random random);

  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return random -> f.apply(next(random));
  }

  /**
   * Lists of {@code min} to {@code max} values; short lists more often than long ones (a size is
   * drawn below a bound drawn first), so the empty list and the longest both come up.
   */
  default Gen<List<T>> list(int min, int max) {
    return random -> {
      int size = min + random.nextInt(random.nextInt(max - min + 1) + 1);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(next(random));
      }
      return values;
    };
  }

  /** The text of {@code min} to {@code max} pieces, joined. */
  static Gen<String> joined(Gen<String> piece, int min, int max) {
    return piece.list(min, max).map(pieces -> String.join("", pieces));
  }

  static <T> Gen<T> constant(T value) {
    return random -> value;
  }

  /** One of {@code values}, each as likely. */
  @SafeVarargs
  static <T> Gen<T> oneOf(T... values) {
    return oneOf(List.of(values));
  }

  static <T> Gen<T> oneOf(List<T> values) {
    List<T> copy = List.copyOf(values);
    return random -> copy.get(random.nextInt(copy.size()));
  }

  /** From {@code low} to {@code high}, both included; the two ends more often than the rest. */
  static Gen<Integer> between(int low, int high) {
    return random ->
        switch (random.nextInt(10)) {
          case 0 -> low;
          case 1 -> high;
          default -> (int) (low + (long) (random.nextDouble() * ((long) high - low + 1)));
        };
  }

  /** A generator and how often it is chosen, for {@link #frequency}. */
  record Weighted<T>(int weight, Gen<? extends T> gen) {}

  static <T> Weighted<T> weight(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /** One of the generators, chosen in proportion to its weight. */
  @SafeVarargs
  static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
    List<Weighted<? extends T>> list = List.of(choices);
    int total = list.stream().mapToInt(Weighted::weight).sum();
    return random -> {
      int pick = random.nextInt(total);
      for (Weighted<? extends T> choice : list) {
        pick -= choice.weight();
        if (pick < 0) {
          return choice.gen().next(random);
        }
      }
      throw new IllegalStateException("weights changed");
    };
  }

  /** Random bytes, {@code 0} to {@code max} of them. */
  static Gen<byte[]> bytes(int max) {
    return random -> {
      byte[] bytes = new byte[random.nextInt(random.nextInt(max + 1) + 1)];
      random.nextBytes(bytes);
      return bytes;
    };
  }
}
