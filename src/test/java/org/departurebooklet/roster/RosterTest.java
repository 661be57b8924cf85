package org.departurebooklet.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.departurebooklet.BookletException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterTest {

  private static final String HEADER =
      "student_id,name,graduation_date,departure_date,plan,destination";

  @TempDir Path dir;

  private Path write(String text, Charset charset, boolean bom) throws IOException {
    Path file = dir.resolve("class.csv");
    byte[] body = text.getBytes(charset);
    byte[] bytes = body;
    if (bom) {
      bytes = new byte[body.length + 3];
      bytes[0] = (byte) 0xEF;
      bytes[1] = (byte) 0xBB;
      bytes[2] = (byte) 0xBF;
      System.arraycopy(body, 0, bytes, 3, body.length);
    }
    Files.write(file, bytes);
    return file;
  }

  private static List<RosterRow> rows(Path file, Optional<Charset> encoding) {
    try (Roster roster = Roster.open(file, encoding)) {
      List<RosterRow> rows = new ArrayList<>();
      roster.forEach(rows::add);
      return rows;
    }
  }

  @Test
  void shiftJisRosterWithoutBomIsDetectedAndReadCorrectly() throws IOException {
    Path file =
        write(
            HEADER
                + "\r\nS1,山田 花子,2027-03-18,2027-04-09,return-home,VN\r\nS2,髙橋 ①,2027-03-18,2027-04-09,undecided,KR\r\n",
            RosterEncoding.SHIFT_JIS,
            false);
    assertEquals(RosterEncoding.SHIFT_JIS, Roster.detect(file));
    List<RosterRow> rows = rows(file, Optional.empty());
    assertEquals(2, rows.size());
    assertEquals("山田 花子", rows.get(0).fields().get("name"));
    assertEquals("髙橋 ①", rows.get(1).fields().get("name"), "CP932 extension characters decode");
    assertEquals(3, rows.get(1).line());
  }

  @Test
  void utf8WithBomAndWithoutIsReadAsUtf8() throws IOException {
    for (boolean bom : new boolean[] {true, false}) {
      Path file =
          write(
              HEADER + "\nS1,Lê Thị Hồng Nhung,2027-03-18,2027-04-09,return-home,VN\n",
              StandardCharsets.UTF_8,
              bom);
      assertEquals(StandardCharsets.UTF_8, Roster.detect(file));
      RosterRow row = rows(file, Optional.empty()).get(0);
      assertEquals(
          "S1", row.fields().get("student_id"), "the BOM is not part of the first column's name");
      assertEquals("Lê Thị Hồng Nhung", row.fields().get("name"));
    }
  }

  @Test
  void quotedNewlinesBlankLinesAndCrlfKeepPhysicalLineNumbers() throws IOException {
    String text =
        HEADER
            + "\r\n"
            + "\r\n"
            + "S1,\"Nguyen, Van\r\nDuc\",2027-03-18,2027-04-09,return-home,VN\r\n"
            + "   \r\n"
            + "S2 ,  Anna  ,2027-03-18,2027-04-09,undecided,US   \r\n"
            + "S3,\"multi\nline\nname\",2027-03-18,2027-04-09,undecided,US\n"
            + "S4,Last,2027-03-18,2027-04-09,undecided,US";
    List<RosterRow> rows = rows(write(text, StandardCharsets.UTF_8, false), Optional.empty());
    assertEquals(List.of(3L, 6L, 7L, 10L), rows.stream().map(RosterRow::line).toList());
    assertEquals(List.of(0, 1, 2, 3), rows.stream().map(RosterRow::index).toList());
    assertEquals("Nguyen, Van\r\nDuc", rows.get(0).fields().get("name"));
    assertEquals("S2", rows.get(1).fields().get("student_id"), "spaces around values are trimmed");
    assertEquals("Anna", rows.get(1).fields().get("name"));
    assertEquals("US", rows.get(1).fields().get("destination"));
  }

  @Test
  void aQuotedValueStartingOrEndingWithALineBreakKeepsTheRowsFirstLine() throws IOException {
    // Found by RosterFuzzTest: the line breaks were counted after trimming, so a value like
    // "\nAnn\n" named a row two lines after the one it starts on.
    String text =
        HEADER
            + "\n"
            + "S1,\"\nAnn\n\",2027-03-18,2027-04-09,return-home,VN\n"
            + "S2,Bo,2027-03-18,2027-04-09,return-home,\"VN\r\n\"\n"
            + "S3,Cy,2027-03-18,2027-04-09,return-home,VN\n";
    List<RosterRow> rows = rows(write(text, StandardCharsets.UTF_8, false), Optional.empty());
    assertEquals(List.of(2L, 5L, 7L), rows.stream().map(RosterRow::line).toList());
    assertEquals("Ann", rows.get(0).fields().get("name"), "trimmed all the same");
    assertEquals("VN", rows.get(1).fields().get("destination"));
  }

  @Test
  void unknownColumnsAreListedOnceAndOptionalColumnsMayBeAbsent() throws IOException {
    Path file =
        write(
            "Name,graduation_date,departure_date,plan,destination,email,Note\n"
                + "Anna,2027-03-18,2027-04-09,undecided,US,a@example.org,x\n",
            StandardCharsets.UTF_8,
            false);
    try (Roster roster = Roster.open(file, Optional.empty())) {
      assertEquals(List.of("email", "note"), roster.unknownColumns());
      RosterRow row = roster.iterator().next();
      assertEquals(
          "Anna", row.fields().get("name"), "header names are matched without regard to case");
      assertFalse(row.fields().containsKey("student_id"));
      assertFalse(row.fields().containsKey("email"));
    }
  }

  @Test
  void headerWithoutRequiredColumnsFailsNamingThem() throws IOException {
    Path file =
        write(
            "student_id;name;graduation_date\nS1;Anna;2027-03-18\n", StandardCharsets.UTF_8, false);
    BookletException e =
        assertThrows(BookletException.class, () -> Roster.open(file, Optional.empty()));
    assertEquals(BookletException.Kind.BAD_INPUT, e.kind());
    assertTrue(
        e.getMessage().contains("line 1") && e.getMessage().contains("name"), e.getMessage());
  }

  @Test
  void bytesThatAreNotTheNamedEncodingAreReportedWithTheLine() throws IOException {
    Path file =
        write(
            HEADER + "\nS1,山田 花子,2027-03-18,2027-04-09,return-home,VN\n",
            RosterEncoding.SHIFT_JIS,
            false);
    BookletException e =
        assertThrows(
            BookletException.class, () -> Roster.count(file, StandardCharsets.UTF_8, true));
    assertTrue(
        e.getMessage().contains("not valid UTF-8") && e.getMessage().contains("--encoding"),
        e.getMessage());
  }

  @Test
  void aBadByteFarIntoTheFileIsNamedByItsOwnLine() throws IOException {
    StringBuilder text = new StringBuilder(HEADER + "\r\n");
    for (int i = 1; i <= 300; i++) {
      text.append("S")
          .append(i)
          .append(",Student ")
          .append(i)
          .append(",2027-03-18,2027-04-09,return-home,VN\r\n");
    }
    byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad =
        "S301,Bad \u00ff,2027-03-18,2027-04-09,return-home,VN\r\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("class.csv");
    Files.write(
        file,
        concat(
            good,
            bad,
            "S302,After,2027-03-18,2027-04-09,return-home,VN\r\n"
                .getBytes(StandardCharsets.UTF_8)));

    BookletException named =
        assertThrows(
            BookletException.class, () -> Roster.count(file, StandardCharsets.UTF_8, true));
    assertTrue(
        named
            .getMessage()
            .startsWith(
                "class.csv line 302: has bytes that are not valid UTF-8, the encoding named"
                    + " with --encoding"),
        named.getMessage());

    // Not UTF-8 throughout, so Shift_JIS is tried, where 0xFF is not a character either.
    assertEquals(RosterEncoding.SHIFT_JIS, Roster.detect(file));
    BookletException detected =
        assertThrows(BookletException.class, () -> rows(file, Optional.empty()));
    assertFalse(detected.getMessage().contains("named with --encoding"), detected.getMessage());
    assertTrue(
        detected
            .getMessage()
            .startsWith(
                "class.csv: is neither UTF-8 (see line 302) nor Shift_JIS (CP932)"
                    + " (see line 302) (save the roster as \"CSV UTF-8\""),
        detected.getMessage());
  }

  @Test
  void aDeviceOrAnOversizedFileIsRefused() throws IOException {
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) {
      BookletException device =
          assertThrows(BookletException.class, () -> Roster.open(zero, Optional.empty()));
      assertEquals(BookletException.Kind.USAGE, device.kind());
      assertEquals(
          "/dev/zero: is not a regular file (it is a device, a pipe or a socket); give the roster's CSV file",
          device.getMessage());
    }
    Path big = dir.resolve("big.csv");
    try (var out = Files.newOutputStream(big)) {
      out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
      out.write(
          ("S1,\"" + "x".repeat(1024 * 1024))
              .getBytes(StandardCharsets.UTF_8)); // an unclosed quote
      byte[] more = "y".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < Roster.MAX_BYTES / more.length; i++) {
        out.write(more);
      }
    }
    BookletException e =
        assertThrows(
            BookletException.class, () -> Roster.count(big, StandardCharsets.UTF_8, false));
    assertEquals(BookletException.Kind.BAD_INPUT, e.kind());
    assertTrue(
        e.getMessage().startsWith(big + ": is larger than 32 MiB, more than a roster holds"),
        e.getMessage());
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void extraValuesBeyondTheHeaderAreCounted() throws IOException {
    Path file =
        write(
            HEADER + "\nS1,Nguyen,Van,2027-03-18,2027-04-09,return-home,VN\n",
            StandardCharsets.UTF_8,
            false);
    assertEquals(1, rows(file, Optional.empty()).get(0).extraValues());
  }

  @Test
  void encodingNamesUsersWriteAreAccepted() {
    for (String name : List.of("UTF-8", "utf8", "Shift_JIS", "SJIS", "cp932", "windows-31j")) {
      assertTrue(RosterEncoding.named(name).isPresent(), name);
    }
    assertTrue(RosterEncoding.named("latin1").isEmpty());
  }
}
