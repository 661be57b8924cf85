package org.departurebooklet.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  private static final String HEADER = "student_id,name,graduation_date,departure_date,plan,destination";

  @TempDir
  Path dir;

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
    Path file = write(HEADER + "\r\nS1,山田 花子,2027-03-18,2027-04-09,return-home,VN\r\nS2,髙橋 ①,2027-03-18,2027-04-09,undecided,KR\r\n",
        RosterEncoding.SHIFT_JIS, false);
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
      Path file = write(HEADER + "\nS1,Lê Thị Hồng Nhung,2027-03-18,2027-04-09,return-home,VN\n", StandardCharsets.UTF_8, bom);
      assertEquals(StandardCharsets.UTF_8, Roster.detect(file));
      RosterRow row = rows(file, Optional.empty()).get(0);
      assertEquals("S1", row.fields().get("student_id"), "the BOM is not part of the first column's name");
      assertEquals("Lê Thị Hồng Nhung", row.fields().get("name"));
    }
  }

  @Test
  void quotedNewlinesBlankLinesAndCrlfKeepPhysicalLineNumbers() throws IOException {
    String text = HEADER + "\r\n"
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
  void unknownColumnsAreListedOnceAndOptionalColumnsMayBeAbsent() throws IOException {
    Path file = write("Name,graduation_date,departure_date,plan,destination,email,Note\n"
        + "Anna,2027-03-18,2027-04-09,undecided,US,a@example.org,x\n", StandardCharsets.UTF_8, false);
    try (Roster roster = Roster.open(file, Optional.empty())) {
      assertEquals(List.of("email", "note"), roster.unknownColumns());
      RosterRow row = roster.iterator().next();
      assertEquals("Anna", row.fields().get("name"), "header names are matched without regard to case");
      assertFalse(row.fields().containsKey("student_id"));
      assertFalse(row.fields().containsKey("email"));
    }
  }

  @Test
  void headerWithoutRequiredColumnsFailsNamingThem() throws IOException {
    Path file = write("student_id;name;graduation_date\nS1;Anna;2027-03-18\n", StandardCharsets.UTF_8, false);
    BookletException e = assertThrows(BookletException.class, () -> Roster.open(file, Optional.empty()));
    assertEquals(BookletException.Kind.BAD_INPUT, e.kind());
    assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("name"), e.getMessage());
  }

  @Test
  void bytesThatAreNotTheNamedEncodingAreReportedWithTheLine() throws IOException {
    Path file = write(HEADER + "\nS1,山田 花子,2027-03-18,2027-04-09,return-home,VN\n", RosterEncoding.SHIFT_JIS, false);
    BookletException e = assertThrows(BookletException.class,
        () -> Roster.count(file, StandardCharsets.UTF_8));
    assertTrue(e.getMessage().contains("not valid UTF-8") && e.getMessage().contains("--encoding"), e.getMessage());
  }

  @Test
  void extraValuesBeyondTheHeaderAreCounted() throws IOException {
    Path file = write(HEADER + "\nS1,Nguyen,Van,2027-03-18,2027-04-09,return-home,VN\n", StandardCharsets.UTF_8, false);
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
