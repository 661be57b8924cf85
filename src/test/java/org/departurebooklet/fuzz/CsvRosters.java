package org.departurebooklet.fuzz;

import static org.departurebooklet.fuzz.Gen.weight;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.departurebooklet.model.StudentFields;
import org.departurebooklet.roster.Roster;

/**
 * Class rosters as spreadsheets write them, with what a reader must get from them: a header of the
 * student fields (any order, optional and unknown columns), rows whose values hold commas, quotes,
 * line breaks (LF, CRLF, CR), markup and long text, blank lines and rows of empty cells between
 * them, in UTF-8 (with or without a BOM) or Shift_JIS. Stateless.
 */
public final class CsvRosters {

  /** A roster's bytes, its encoding, and the rows and unknown columns a reader must find. */
  public record Written(
      String text, byte[] bytes, Charset charset, List<Row> rows, List<String> unknownColumns) {}

  /**
   * A data row as {@code RosterRow} must hold it: position, first physical line, fields, extra
   * values.
   */
  public record Row(int index, long line, Map<String, String> fields, int extraValues) {}

  private static final Charset SHIFT_JIS = Charset.forName("windows-31j");
  private static final List<String> UNKNOWN =
      List.of("email", "note", "Class", "phone number", "備考");

  private CsvRosters() {}

  public static Gen<Written> rosters() {
    Gen<String> value =
        Gen.frequency(
            weight(6, HostileText.letters(10)),
            weight(
                3,
                Gen.joined(
                    Gen.frequency(
                        weight(3, HostileText.letters(5)),
                        weight(1, Gen.oneOf(HostileText.MARKUP)),
                        weight(1, Gen.oneOf(" ", "\n", "\r\n", "\r", "\"", ",", "\"\""))),
                    1,
                    8)),
            weight(1, Gen.oneOf("", " ", "=1+1", "-2", "@SUM(A1)", "\n", "\ntrailing break\n")),
            weight(1, HostileText.any(6).map(HostileText::wellFormed)));
    return random -> write(random, value);
  }

  private static Written write(Random random, Gen<String> value) {
    boolean sjis = random.nextInt(5) == 0;
    String eol = List.of("\n", "\r\n", "\r").get(random.nextInt(3));
    List<String> header = header(random);
    StringBuilder text = new StringBuilder();
    long[] line = {1};
    blankLines(random, text, line, eol);
    List<String> headerCells =
        header.stream().map(h -> random.nextInt(6) == 0 ? quoted(h) : h).toList();
    appendRow(text, line, String.join(",", headerCells), eol);
    List<Row> rows = new ArrayList<>();
    int count = random.nextInt(random.nextInt(25) + 1);
    for (int r = 0; r < count; r++) {
      blankLines(random, text, line, eol);
      List<String> cells = new ArrayList<>();
      int width = header.size() + (random.nextInt(6) == 0 ? random.nextInt(3) - 1 : 0);
      int huge = random.nextInt(40) == 0 ? random.nextInt(Math.max(width, 1)) : -1;
      for (int c = 0; c < Math.max(width, 1); c++) {
        String v =
            c == huge
                ? HostileText.letters(3).next(random).repeat(1 + random.nextInt(40_000))
                : value.next(random);
        cells.add(sjis ? encodable(v) : v);
      }
      long start = line[0];
      appendRow(
          text, line, String.join(",", cells.stream().map(v -> cell(v, random)).toList()), eol);
      expected(header, cells, rows, start);
    }
    if (random.nextBoolean()) {
      blankLines(random, text, line, eol);
    } else if (random.nextBoolean()) {
      text.setLength(text.length() - eol.length()); // no line end after the last row
    }
    byte[] body = text.toString().getBytes(sjis ? SHIFT_JIS : StandardCharsets.UTF_8);
    byte[] bytes = !sjis && random.nextInt(3) == 0 ? withBom(body) : body;
    List<String> unknown =
        header.stream()
            .filter(h -> !StudentFields.ALL.contains(h))
            .map(h -> h.toLowerCase(Locale.ROOT).replace(' ', '_'))
            .toList();
    return new Written(
        text.toString(), bytes, sjis ? SHIFT_JIS : StandardCharsets.UTF_8, rows, unknown);
  }

  /** The required columns, some optional and unknown ones, in any order. */
  private static List<String> header(Random random) {
    List<String> header = new ArrayList<>(Roster.REQUIRED);
    StudentFields.ALL.stream()
        .filter(f -> !header.contains(f) && random.nextBoolean())
        .forEach(header::add);
    UNKNOWN.stream().filter(u -> random.nextInt(4) == 0).forEach(header::add);
    Collections.shuffle(header, random);
    return header;
  }

  /**
   * What the reader must make of a row: nothing if every cell is blank, else the known columns'
   * values.
   */
  private static void expected(
      List<String> header, List<String> cells, List<Row> rows, long start) {
    if (cells.stream().allMatch(v -> v.trim().isEmpty())) {
      return;
    }
    Map<String, String> fields = new HashMap<>();
    int extra = 0;
    for (int i = 0; i < cells.size(); i++) {
      if (i < header.size() && StudentFields.ALL.contains(header.get(i))) {
        fields.put(header.get(i), cells.get(i).trim());
      } else if (i >= header.size()
          && !cells.get(i).trim().isBlank()) { // as trim() sees it: control characters too
        extra++;
      }
    }
    rows.add(new Row(rows.size(), start, fields, extra));
  }

  /**
   * A cell: quoted when it must be (a comma, a quote, a line break, space at an end: outside quotes
   * the reader drops any white space at the ends, U+3000 too), and now and then anyway.
   */
  private static String cell(String v, Random random) {
    boolean must =
        v.contains(",")
            || v.contains("\"")
            || v.contains("\n")
            || v.contains("\r")
            || !v.equals(v.trim())
            || !v.equals(v.strip());
    return must || random.nextInt(8) == 0 ? quoted(v) : v;
  }

  private static String quoted(String v) {
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }

  /** Appends a row and its line end, counting the physical lines it takes (CRLF is one break). */
  private static void appendRow(StringBuilder text, long[] line, String row, String eol) {
    String all = row + eol;
    for (int i = 0; i < all.length(); i++) {
      char c = all.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == all.length() || all.charAt(i + 1) != '\n')) {
        line[0]++;
      }
    }
    text.append(all);
  }

  /** None, mostly; else empty lines, lines of spaces, or rows of empty cells. */
  private static void blankLines(Random random, StringBuilder text, long[] line, String eol) {
    if (random.nextInt(4) != 0) {
      return;
    }
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      appendRow(text, line, List.of("", "  ", ",,,", " , ,").get(random.nextInt(4)), eol);
    }
  }

  /**
   * {@code v} without what Shift_JIS cannot write, or reads back as another character (U+301C as
   * U+FF5E).
   */
  private static String encodable(String v) {
    CharsetEncoder encoder = SHIFT_JIS.newEncoder();
    StringBuilder out = new StringBuilder();
    v.codePoints()
        .mapToObj(cp -> new String(Character.toChars(cp)))
        .filter(c -> encoder.canEncode(c) && new String(c.getBytes(SHIFT_JIS), SHIFT_JIS).equals(c))
        .forEach(out::append);
    return out.toString();
  }

  private static byte[] withBom(byte[] body) {
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    return bytes;
  }
}
