package org.departurebooklet.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Fuzz inputs for people and for shrinking: text with everything outside printable ASCII written as
 * {@code \\uXXXX} (so a control character or a bidi override shows in a failure, and a failing
 * input can be pasted into a regular test), and smaller versions of text and bytes. Stateless.
 */
public final class Inputs {

  private static final int SHOWN = 2000;

  private Inputs() {}

  /** A string, a byte array, a map or anything else, as Java source would write it. */
  public static String describe(Object input) {
    if (input instanceof String s) {
      return quoted(s);
    }
    if (input instanceof byte[] bytes) {
      String hex =
          IntStream.range(0, Math.min(bytes.length, SHOWN))
              .mapToObj(i -> String.format("%02X", bytes[i] & 0xFF))
              .collect(Collectors.joining(" "));
      return bytes.length
          + " bytes: "
          + hex
          + (bytes.length > SHOWN ? " ..." : "")
          + " (as text: "
          + quoted(new String(bytes, StandardCharsets.ISO_8859_1))
          + ")";
    }
    if (input instanceof Map<?, ?> map) {
      return new TreeMap<>(
              map.entrySet().stream()
                  .filter(e -> e.getKey() != null)
                  .collect(
                      Collectors.toMap(
                          e -> e.getKey().toString(), e -> String.valueOf(describe(e.getValue())))))
          .toString();
    }
    return input == null ? "null" : quoted(input.toString());
  }

  /** {@code s} in double quotes, escaped, cut after 2,000 characters. */
  public static String quoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.chars()
        .limit(SHOWN)
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
              } else if (c >= 0x20 && c < 0x7F) {
                out.append((char) c);
              } else {
                out.append(String.format("\\u%04X", c));
              }
            });
    return out.append(s.length() > SHOWN ? "\" + ..." : "\"").toString();
  }

  /** Smaller strings: without a half, a quarter ... down to one character, from each place. */
  public static Stream<String> shorter(String s) {
    return cuts(s.length()).map(cut -> s.substring(0, cut[0]) + s.substring(cut[1]));
  }

  /** Smaller byte arrays, as {@link #shorter(String)}. */
  public static Stream<byte[]> shorter(byte[] bytes) {
    return cuts(bytes.length)
        .map(
            cut -> {
              byte[] out = Arrays.copyOf(bytes, bytes.length - (cut[1] - cut[0]));
              System.arraycopy(bytes, cut[1], out, cut[0], bytes.length - cut[1]);
              return out;
            });
  }

  /** {@code [from, to)} ranges to delete: large ones first. */
  private static Stream<int[]> cuts(int length) {
    return IntStream.iterate(Math.max(length / 2, 1), size -> size >= 1, size -> size / 2)
        .filter(size -> size <= length)
        .boxed()
        .flatMap(
            size ->
                IntStream.iterate(0, from -> from + size <= length, from -> from + size)
                    .mapToObj(from -> new int[] {from, from + size}));
  }
}
