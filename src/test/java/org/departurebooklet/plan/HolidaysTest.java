package org.departurebooklet.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.departurebooklet.BookletException;
import org.departurebooklet.content.AssetDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidaysTest {

  /** /work/shared/facts/japanese-holidays.md, as written there (2028's equinox days computed). */
  private static final String ORACLE_2026 =
      "1/1 1/12 2/11 2/23 3/20 4/29 5/3 5/4 5/5 5/6 7/20 8/11" + " 9/21 9/22 9/23 10/12 11/3 11/23";

  private static final String ORACLE_2027 =
      "1/1 1/11 2/11 2/23 3/21 3/22 4/29 5/3 5/4 5/5 7/19 8/11" + " 9/20 9/23 10/11 11/3 11/23";
  private static final String ORACLE_2028 =
      "1/1 1/10 2/11 2/23 3/20 4/29 5/3 5/4 5/5 7/17 8/11" + " 9/18 9/22 10/9 11/3 11/23";

  /** Derived from the rules: equinoxes 20 Mar and 23 Sep; 23 Feb, 4 May, 23 Nov on a Sunday. */
  private static final String DERIVED_2025 =
      "1/1 1/13 2/11 2/23 2/24 3/20 4/29 5/3 5/4 5/5 5/6"
          + " 7/21 8/11 9/15 9/23 10/13 11/3 11/23 11/24";

  private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

  @TempDir Path dir;

  private final Holidays packaged = Holidays.packaged();

  private static Set<LocalDate> days(int year, String monthDays) {
    return Arrays.stream(monthDays.split(" "))
        .map(md -> md.split("/"))
        .map(md -> LocalDate.of(year, Integer.parseInt(md[0]), Integer.parseInt(md[1])))
        .collect(Collectors.toSet());
  }

  private void assertEveryDayOfTheYear(Holidays holidays, int year, Set<LocalDate> expected) {
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      assertEquals(expected.contains(d), holidays.isHoliday(d), d.toString());
      assertEquals(expected.contains(d), holidays.name(d).isPresent(), d.toString());
    }
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private Path write(String text) throws IOException {
    return write("holidays.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private static String packagedText() {
    return new String(
        AssetDirs.read(AssetDirs.packaged().content(), Holidays.FILE_NAME), StandardCharsets.UTF_8);
  }

  @Test
  void packagedListHasExactlyTheOfficialHolidaysOf2026To2028() {
    assertEveryDayOfTheYear(packaged, 2026, days(2026, ORACLE_2026));
    assertEveryDayOfTheYear(packaged, 2027, days(2027, ORACLE_2027));
    assertEveryDayOfTheYear(packaged, 2028, days(2028, ORACLE_2028));
  }

  @Test
  void packagedListHas2025AsTheRulesGiveIt() {
    assertEveryDayOfTheYear(packaged, 2025, days(2025, DERIVED_2025));
  }

  @Test
  void substituteAndCitizensHolidaysAreNamedAsTheCabinetOfficeNamesThem() {
    assertEquals(Optional.of("春分の日"), packaged.name(LocalDate.of(2027, 3, 21)));
    assertEquals(Optional.of("休日"), packaged.name(LocalDate.of(2027, 3, 22)));
    assertEquals(Optional.of("休日"), packaged.name(LocalDate.of(2026, 9, 22)));
    assertEquals(Optional.empty(), packaged.name(LocalDate.of(2027, 3, 23)));
  }

  @Test
  void packagedListCovers2025To2028AndNoOtherYear() {
    assertEquals(2025, packaged.firstYear());
    assertEquals(2028, packaged.lastYear());
    assertTrue(packaged.covers(LocalDate.of(2025, 1, 1)));
    assertTrue(packaged.covers(LocalDate.of(2028, 12, 31)));
    assertFalse(packaged.covers(LocalDate.of(2024, 12, 31)));
    assertFalse(packaged.covers(LocalDate.of(2029, 1, 1)));
    assertEquals("content/holidays.csv", packaged.source());
  }

  @Test
  void shiftJisAndUtf8FilesReadTheSame() throws IOException {
    String text = packagedText();
    String officialStyle = text.replace("\n", "\r\n");
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);

    Holidays sjis = Holidays.load(write("sjis.csv", officialStyle.getBytes(SHIFT_JIS)));
    Holidays withBom = Holidays.load(write("bom.csv", bom));
    for (Holidays read : new Holidays[] {sjis, withBom}) {
      assertEquals(2025, read.firstYear());
      assertEquals(2028, read.lastYear());
      for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() <= 2028; d = d.plusDays(1)) {
        assertEquals(packaged.name(d), read.name(d), d.toString());
      }
    }
  }

  @Test
  void everyBadLineIsReportedWithItsLineNumber() throws IOException {
    Path file =
        write(
            Holidays.HEADER
                + "\n"
                + "2027/1/1,元日\n"
                + "2027/3/22\n"
                + "2027/3/21,春分の日\n"
                + "2027/2/30,休日\n"
                + "2027/5/3,憲法記念日,extra\n");
    BookletException e = assertThrows(BookletException.class, () -> Holidays.load(file));
    assertEquals(BookletException.Kind.BAD_INPUT, e.kind());
    String m = e.getMessage();
    assertTrue(m.contains("holidays.csv has 3 problem(s)"), m);
    assertTrue(m.contains("holidays.csv line 3: \"2027/3/22\" has 1 field(s), not 2"), m);
    assertTrue(
        m.contains("holidays.csv line 5: \"2027/2/30\" is not a date: there is no such day"), m);
    assertTrue(m.contains("holidays.csv line 6: "), m);
    assertFalse(m.contains("line 4"), m);
    assertTrue(m.contains("YYYY/M/D, e.g. 2027/3/22,休日"), m);
  }

  @Test
  void aRowWhoseDateIsNotADateSaysWhatIsAccepted() throws IOException {
    Path file = write(Holidays.HEADER + "\n2027/1/1,元日\n2027-03-22,休日\n");
    BookletException e = assertThrows(BookletException.class, () -> Holidays.load(file));
    assertTrue(
        e.getMessage()
            .contains(
                "line 3: \"2027-03-22\" is not a date (use DATE,NAME with"
                    + " the date as YYYY/M/D, e.g. 2027/3/22,休日)"),
        e.getMessage());
  }

  @Test
  void aFileWithoutTheOfficialHeaderIsRefused() throws IOException {
    Path file = write("date,name\n2027/1/1,元日\n");
    BookletException e = assertThrows(BookletException.class, () -> Holidays.load(file));
    assertTrue(
        e.getMessage().contains("line 1: the header must be " + Holidays.HEADER), e.getMessage());
  }

  @Test
  void aYearCutShortOrMissingIsRefused() throws IOException {
    Path file = write(Holidays.HEADER + "\n2026/1/1,元日\n2027/3/22,休日\n2028/1/1,元日\n");
    BookletException e = assertThrows(BookletException.class, () -> Holidays.load(file));
    assertTrue(e.getMessage().contains("2027: 1 January (元日) is not listed"), e.getMessage());
  }

  @Test
  void aDayListedTwiceIsRefused() throws IOException {
    Path file = write(Holidays.HEADER + "\n2027/1/1,元日\n2027/01/01,元日\n");
    BookletException e = assertThrows(BookletException.class, () -> Holidays.load(file));
    assertTrue(
        e.getMessage().contains("line 3: 2027/01/01 is listed twice (first on line 2)"),
        e.getMessage());
  }

  @Test
  void aFileOver64KiBIsRefusedUnread() throws IOException {
    String row = "2027/1/1,元日\n";
    Path file = write(Holidays.HEADER + "\n" + row.repeat(70 * 1024 / row.length()));
    BookletException e = assertThrows(BookletException.class, () -> Holidays.load(file));
    assertEquals(BookletException.Kind.BAD_INPUT, e.kind());
    assertTrue(e.getMessage().contains("holidays.csv: larger than 64 KiB"), e.getMessage());
  }

  @Test
  void aFileInNeitherEncodingIsRefused() throws IOException {
    Path file = write("holidays.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 0x41});
    BookletException e = assertThrows(BookletException.class, () -> Holidays.load(file));
    assertTrue(e.getMessage().contains("not UTF-8 nor Shift_JIS (CP932)"), e.getMessage());
  }

  @Test
  void aMissingFileIsNamedWithWhereItWasLookedFor() {
    Path file = dir.resolve("nowhere.csv");
    BookletException e = assertThrows(BookletException.class, () -> Holidays.load(file));
    assertEquals(BookletException.Kind.MISSING_ASSET, e.kind());
    assertTrue(e.getMessage().contains("nowhere.csv"), e.getMessage());
  }
}
