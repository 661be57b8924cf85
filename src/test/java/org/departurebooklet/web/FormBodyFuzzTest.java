package org.departurebooklet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.departurebooklet.fuzz.Fuzz;
import org.departurebooklet.fuzz.Gen;
import org.departurebooklet.fuzz.HostileText;
import org.departurebooklet.fuzz.Inputs;
import org.junit.jupiter.api.Test;

/**
 * The form body reader, fed any bytes: the fields, or "too large" exactly when the body is over the
 * limit, or "malformed"; never another exception. A body a browser could send gives back the first
 * value of each of the form's fields, however it was percent-encoded and however the network cut it
 * into pieces.
 */
class FormBodyFuzzTest {

  private static final List<String> FIELDS = FormPage.FIELDS;
  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._*";

  /** A body and what must be read from it. */
  private record Sent(byte[] body, Map<String, String> values, Set<String> notUtf8, long seed) {
    @Override
    public String toString() {
      return Inputs.describe(body);
    }
  }

  @Test
  void anyBytesGiveFieldsOrTooLargeExactlyOverTheLimitOrMalformed() {
    Gen<byte[]> bodies =
        Gen.frequency(
            Gen.weight(1, Gen.bytes(3000)),
            Gen.weight(2, random -> encoded(random, HostileText.any(12)).body()));
    Fuzz.check(
        5000,
        bodies,
        Inputs::shorter,
        body -> {
          int limit = body.length == 0 ? 0 : Math.abs(body[0] * 17) % (body.length + 20);
          try {
            FormBody.read(new ByteArrayInputStream(body), limit, FIELDS);
            assertTrue(body.length <= limit, "over the limit but read");
          } catch (FormBody.TooLarge e) {
            assertTrue(body.length > limit, "under the limit but too large");
          } catch (FormBody.Malformed e) {
            assertTrue(body.length <= limit, "over the limit but malformed");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void whatABrowserSendsIsReadBackHoweverItIsEncodedAndCut() {
    Gen<String> text = HostileText.any(10).map(HostileText::wellFormed);
    Fuzz.check(
        5000,
        random -> encoded(random, text),
        sent -> {
          FormBody.Fields read = read(sent.body(), new Random(sent.seed()));
          assertEquals(sent.values(), read.values());
          assertEquals(sent.notUtf8(), read.notUtf8());
        });
  }

  @Test
  void aFieldWhoseBytesAreNotUtf8IsNamedAndMarked() {
    Fuzz.check(
        3000,
        Gen.bytes(8),
        Inputs::shorter,
        value -> {
          StringBuilder body = new StringBuilder("plan=undecided&name=");
          for (byte b : value) {
            body.append(String.format("%%%02X", b & 0xFF));
          }
          FormBody.Fields read =
              read(body.toString().getBytes(StandardCharsets.US_ASCII), new Random(value.length));
          Optional<String> utf8 = utf8(value);
          assertEquals(utf8.isPresent() ? Set.of() : Set.of("name"), read.notUtf8());
          assertEquals(
              utf8.orElse(new String(value, StandardCharsets.UTF_8)), read.values().get("name"));
          assertTrue(
              utf8.isPresent() || read.values().get("name").contains("\uFFFD"),
              "the broken bytes are marked");
          assertEquals("undecided", read.values().get("plan"));
        });
  }

  /**
   * {@code bytes} as UTF-8, or empty if they are not UTF-8 (an independent check, not FormBody's).
   */
  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Reads through a stream that hands out the body in pieces of random size, as a network does. */
  private static FormBody.Fields read(byte[] body, Random random) {
    InputStream pieces =
        new FilterInputStream(new ByteArrayInputStream(body)) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1 + random.nextInt(7)));
          }
        };
    try {
      return FormBody.read(pieces, 64 * 1024, FIELDS);
    } catch (FormBody.TooLarge | FormBody.Malformed | IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * A form of known and unknown fields, some given twice, each name and value percent-encoded in
   * one of the ways browsers and scripts do it ({@code +} or {@code %20}, either case of hex, safe
   * characters escaped or not, UTF-8 bytes raw or escaped).
   */
  private static Sent encoded(Random random, Gen<String> text) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> pairs = new ArrayList<>();
    int count = random.nextInt(14);
    for (int i = 0; i < count; i++) {
      String name =
          random.nextInt(5) == 0
              ? List.of("csrf", "Name", "name[]", "", "x").get(random.nextInt(5))
              : FIELDS.get(random.nextInt(FIELDS.size()));
      String value = text.next(random);
      boolean bare = value.isEmpty() && random.nextInt(3) == 0;
      pairs.add(bare ? escape(name, random) : escape(name, random) + "=" + escape(value, random));
      if (FIELDS.contains(name)) {
        values.putIfAbsent(name, value);
      }
      if (random.nextInt(8) == 0) {
        pairs.add("");
      }
    }
    byte[] body = String.join("&", pairs).getBytes(StandardCharsets.ISO_8859_1);
    return new Sent(body, values, Set.of(), random.nextLong());
  }

  /**
   * {@code s} as UTF-8 bytes, each written raw where the encoding allows it, or as %XX; as Latin-1
   * chars.
   */
  private static String escape(String s, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int u = b & 0xFF;
      boolean raw = (UNRESERVED.indexOf(u) >= 0 || u >= 0x80) && random.nextInt(4) > 0;
      if (u == ' ' && random.nextBoolean()) {
        out.write('+');
      } else if (raw) {
        out.write(u);
      } else {
        String hex = String.format(random.nextBoolean() ? "%%%02X" : "%%%02x", u);
        out.writeBytes(hex.getBytes(StandardCharsets.US_ASCII));
      }
    }
    return new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
  }
}
