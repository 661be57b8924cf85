package org.departurebooklet.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.departurebooklet.BookletException;
import org.departurebooklet.fuzz.CsvRosters;
import org.departurebooklet.fuzz.Encoded;
import org.departurebooklet.fuzz.Fuzz;
import org.departurebooklet.fuzz.Gen;
import org.departurebooklet.fuzz.Inputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A roster of any bytes is read row by row or refused with a message naming the file; a roster a
 * spreadsheet could have written gives back every row's values, its first line and its extra cells.
 */
class RosterFuzzTest {

  @TempDir Path dir;

  @Test
  void randomBytesAreReadOrRefusedNamingTheFile() {
    Fuzz.check(
        2000, Gen.bytes(2048), Inputs::shorter, bytes -> readOrRefused(bytes, Optional.empty()));
  }

  @Test
  void aBrokenRosterIsReadOrRefusedNamingTheFileInEitherEncoding() {
    Gen<byte[]> broken =
        Encoded.bytes(CsvRosters.rosters().map(CsvRosters.Written::text))
            .map(RosterFuzzTest::mangled);
    Gen<Optional<Charset>> encoding =
        Gen.oneOf(
            Optional.empty(),
            Optional.of(RosterEncoding.UTF_8),
            Optional.of(RosterEncoding.SHIFT_JIS));
    Fuzz.check(
        500,
        random -> new Case(broken.next(random), encoding.next(random)),
        input -> readOrRefused(input.bytes(), input.encoding()));
  }

  @Test
  void everyRowIsReadBackWithItsValuesItsFirstLineAndItsExtraCells() {
    Fuzz.check(
        500,
        CsvRosters.rosters(),
        written -> {
          Path file = file(written.bytes());
          Optional<Charset> named =
              written.charset().equals(StandardCharsets.UTF_8)
                  ? Optional.empty()
                  : Optional.of(written.charset());
          try (Roster roster = Roster.open(file, named)) {
            assertEquals(written.charset(), roster.charset(), "detected encoding");
            assertEquals(written.unknownColumns(), roster.unknownColumns());
            List<CsvRosters.Row> read = new ArrayList<>();
            roster.forEach(
                r ->
                    read.add(new CsvRosters.Row(r.index(), r.line(), r.fields(), r.extraValues())));
            for (int i = 0; i < Math.max(read.size(), written.rows().size()); i++) {
              int row = i;
              assertEquals(
                  i < written.rows().size() ? written.rows().get(i) : null,
                  i < read.size() ? read.get(i) : null,
                  () -> "row " + row + " of " + Inputs.quoted(written.text()));
            }
          }
        });
  }

  /**
   * Opens and reads every row (and counts them, as a batch does first); any exception but ours
   * fails.
   */
  private void readOrRefused(byte[] bytes, Optional<Charset> encoding) {
    Path file = file(bytes);
    try (Roster roster = Roster.open(file, encoding)) {
      roster.forEach(row -> assertTrue(row.line() >= 1));
      Roster.count(file, roster.charset(), encoding.isPresent());
    } catch (BookletException e) {
      assertTrue(e.getMessage().contains("class.csv"), e.getMessage());
    }
  }

  /** A roster with now and then a quote, a comma or a line break put in anywhere. */
  private static byte[] mangled(byte[] bytes) {
    if (bytes.length == 0 || bytes[bytes.length / 2] % 3 != 0) {
      return bytes;
    }
    byte[] out = bytes.clone();
    out[(out[0] & 0xFF) % out.length] = (byte) "\",\n\r".charAt((out.length) % 4);
    return out;
  }

  /** A file and the encoding named for it (empty: detect). */
  private record Case(byte[] bytes, Optional<Charset> encoding) {
    @Override
    public String toString() {
      return encoding + " " + Inputs.describe(bytes);
    }
  }

  private Path file(byte[] bytes) {
    try {
      return Files.write(dir.resolve("class.csv"), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
