package org.departurebooklet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.departurebooklet.BookletException;
import org.junit.jupiter.api.Test;

class SchoolFileTest {

  private static School parse(String yaml) {
    return SchoolFile.parse(yaml.getBytes(StandardCharsets.UTF_8), "school.yaml");
  }

  private static String error(String yaml) {
    return assertThrows(BookletException.class, () -> parse(yaml)).getMessage();
  }

  @Test
  void plainValuesAreTheTextWritten() {
    assertEquals("No", parse("name: No\n").name(), "not false");
    assertEquals(Optional.of("0042"), parse("name: Sakura\ncontact: 0042\n").contact(), "not 34");
    assertEquals(Optional.of("1e3"), parse("name: Yes\ncontact: 1e3\n").contact(), "not 1000.0");
    assertEquals("Yes", parse("name: Yes\n").name());
  }

  @Test
  void theNameIsCountedInCharactersNotUtf16Units() {
    String rare = "\uD842\uDFB7".repeat(60); // 60 kanji outside the BMP, 120 UTF-16 units
    assertEquals(rare, parse("name: " + rare + "\n").name());
    assertTrue(
        error("name: " + "\uD842\uDFB7".repeat(101) + "\n")
            .contains("name is too long (at most 100 characters)"));
    String contact = "\uD842\uDFB7".repeat(150);
    assertEquals(Optional.of(contact), parse("name: Sakura\ncontact: " + contact + "\n").contact());
  }

  @Test
  void aNameOfHangulFillersIsRefused() {
    assertTrue(error("name: \"\u3164\u3164\"\n").contains("school.yaml: name is missing"));
    assertTrue(
        error("name: \"\u0301\"\n").contains("school.yaml line 1: name has no letter that prints"));
  }

  @Test
  void anEscapeBeyondUnicodeIsABadProfileNotAnInternalError() {
    // Found by SchoolFileFuzzTest (the same reader as student files).
    assertTrue(
        error("name: Sakura\ncontact: \"\\U8000FFFF\"\n")
            .startsWith("school.yaml line 2: an escape"));
  }

  @Test
  void aUtf16ProfileIsAskedToBeSavedAsUtf8() {
    BookletException e =
        assertThrows(
            BookletException.class,
            () ->
                SchoolFile.parse(
                    "name: Sakura\n".getBytes(StandardCharsets.UTF_16), "school.yaml"));
    assertTrue(e.getMessage().contains("save it as UTF-8"), e.getMessage());
  }

  @Test
  void aDeviceIsRefusedAsNotARegularFile() {
    Path random = Path.of("/dev/urandom");
    assumeTrue(Files.exists(random), "a system with /dev/urandom");
    BookletException e = assertThrows(BookletException.class, () -> SchoolFile.read(random));
    assertEquals(BookletException.Kind.USAGE, e.kind());
    assertEquals(
        "/dev/urandom: is not a regular file (it is a device, a pipe or a socket); give a school profile (YAML)",
        e.getMessage());
  }

  @Test
  void aFullProfileGivesTheOfficeItsContactsAndTheCityOffice() {
    School school =
        parse(
            """
        name: Sakura International College
        office: International Office
        room: Building 2, room 203
        hours: Weekdays 9:00-17:00
        email: intl@sakura.example.ac.jp
        phone: 03-1234-5678
        website: https://www.sakura.example.ac.jp/leaving-japan
        city:
          name: Kōtō City Office
          address: 4-11-28 Tōyō, Kōtō-ku, Tokyo
          pages:
            moving-out: https://www.city.koto.lg.jp/moving-out
        """);
    assertEquals(
        java.util.List.of(
            "International Office",
            "Building 2, room 203",
            "Weekdays 9:00-17:00",
            "intl@sakura.example.ac.jp",
            "03-1234-5678"),
        school.contactLines());
    assertEquals(Optional.of("https://www.sakura.example.ac.jp/leaving-japan"), school.website());
    assertEquals("Kōtō City Office", school.city().orElseThrow().name());
    assertEquals(
        java.util.Map.of("moving-out", "https://www.city.koto.lg.jp/moving-out"),
        school.city().orElseThrow().pages());
  }

  @Test
  void everyBadFieldIsReportedInOneRunWithItsLine() {
    String message =
        error(
            """
        name: Sakura
        email: not-an-address
        phone: call us
        website: http://www.sakura.example.ac.jp/?utm_source=x
        city:
          pages:
            moving-out: https://www.city.koto.lg.jp/x?gclid=1
            garbage: https://www.city.koto.lg.jp/y
        motto: Onward
        """);
    assertTrue(
        message.contains("school.yaml line 2: email \"not-an-address\" is not an e-mail address"),
        message);
    assertTrue(
        message.contains("school.yaml line 3: phone \"call us\" is not a phone number"), message);
    assertTrue(
        message.contains(
            "school.yaml line 4: website: \"http://www.sakura.example.ac.jp/?utm_source=x\" must start with https://"),
        message);
    assertTrue(
        message.contains("school.yaml line 7: city.pages.moving-out:") && message.contains("gclid"),
        message);
    assertTrue(
        message.contains("school.yaml line 8: field \"city.pages.garbage\" is not known"), message);
    assertTrue(message.contains("school.yaml line 9: field \"motto\" is not known"), message);
    assertTrue(message.contains("city.name is missing"), message);
  }
}
