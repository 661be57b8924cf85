package org.departurebooklet.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.departurebooklet.io.StrictUtf8;

/**
 * Reads an {@code application/x-www-form-urlencoded} body with a hard byte limit, whatever the
 * request claims (a chunked body has no Content-Length to check first), and keeps only the form's
 * own fields, the first value of each. Values are decoded as UTF-8 with a decoder that reports
 * broken input, so a field that is not UTF-8 is named rather than printed with U+FFFD. Stateless
 * and thread-safe.
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

  /**
   * The form's fields as sent, and the fields whose value was not UTF-8 (their value holds U+FFFD
   * where the broken bytes were, to show the student where).
   */
  public record Fields(Map<String, String> values, Set<String> notUtf8) {
    public Fields {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
      notUtf8 = Set.copyOf(notUtf8);
    }
  }

  private FormBody() {}

  /** Reads at most {@code limit} bytes; more is {@link TooLarge}. */
  public static Fields read(InputStream in, int limit, List<String> fields)
      throws IOException, TooLarge, Malformed {
    byte[] body = in.readNBytes(limit + 1);
    if (body.length > limit) {
      throw new TooLarge();
    }
    // The encoding itself is ASCII; bytes above 127 (not percent-escaped) are taken as UTF-8 too.
    return parse(new String(body, StandardCharsets.ISO_8859_1), fields);
  }

  static Fields parse(String body, List<String> fields) throws Malformed {
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> notUtf8 = new HashSet<>();
    if (body.isEmpty()) {
      return new Fields(values, notUtf8);
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      byte[] keyBytes = percentDecode(eq < 0 ? pair : pair.substring(0, eq));
      byte[] valueBytes = percentDecode(eq < 0 ? "" : pair.substring(eq + 1));
      Optional<String> key = utf8(keyBytes);
      if (key.isEmpty() || !fields.contains(key.get()) || values.containsKey(key.get())) {
        continue;
      }
      Optional<String> value = utf8(valueBytes);
      if (value.isEmpty()) {
        notUtf8.add(key.get());
      }
      values.put(key.get(), value.orElseGet(() -> new String(valueBytes, StandardCharsets.UTF_8)));
    }
    return new Fields(values, notUtf8);
  }

  /** {@code +} is a space, {@code %XX} a byte; each other character (read as Latin-1) its byte. */
  private static byte[] percentDecode(String s) throws Malformed {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        out.write(' ');
      } else if (c == '%') {
        if (i + 2 >= s.length()) {
          throw new Malformed();
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw new Malformed();
        }
        out.write(hi << 4 | lo);
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }

  /** The bytes as UTF-8, or empty when they are not UTF-8. */
  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(StrictUtf8.decode(bytes));
    } catch (CharacterCodingException notUtf8) {
      return Optional.empty();
    }
  }
}
