package org.departurebooklet.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an {@code application/x-www-form-urlencoded} body with a hard byte limit, whatever the
 * request claims (a chunked body has no Content-Length to check first), and keeps only the form's
 * own fields, the first value of each. Stateless and thread-safe.
 */
public final class FormBody {

  /** The body was longer than the limit: answer 413. */
  public static final class TooLarge extends Exception {
    TooLarge() {
      super("request body over the limit", null, false, false);
    }
  }

  /** The body is not valid form encoding: answer 400. */
  public static final class Malformed extends Exception {
    Malformed() {
      super("request body is not form encoding", null, false, false);
    }
  }

  private FormBody() {}

  /**
   * Reads at most {@code limit} bytes; more is {@link TooLarge}. Bytes that are not UTF-8 become
   * U+FFFD, which the font check later reports as a field problem rather than a crash.
   */
  public static Map<String, String> read(InputStream in, int limit, List<String> fields)
      throws IOException, TooLarge, Malformed {
    byte[] body = in.readNBytes(limit + 1);
    if (body.length > limit) {
      throw new TooLarge();
    }
    return parse(new String(body, StandardCharsets.UTF_8), fields);
  }

  static Map<String, String> parse(String body, List<String> fields) throws Malformed {
    Map<String, String> values = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return values;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq)).orElseThrow(Malformed::new);
      String value = decode(eq < 0 ? "" : pair.substring(eq + 1)).orElseThrow(Malformed::new);
      if (fields.contains(key)) {
        values.putIfAbsent(key, value);
      }
    }
    return values;
  }

  private static Optional<String> decode(String s) {
    try {
      return Optional.of(URLDecoder.decode(s, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException badPercentEscape) {
      return Optional.empty();
    }
  }
}
