package org.departurebooklet.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SafeNamesTest {

  private static final List<String> HOSTILE =
      List.of(
          "../../etc/passwd",
          "/absolute/path",
          "a\\b\\..\\c",
          "..",
          ".",
          "CON",
          "con.txt",
          "NUL",
          "COM1",
          "LPT9",
          "aux",
          "\u202Egnp.exe",
          "name\u200B\u0000\u0007end",
          "山".repeat(100),
          "x:y*z?\"<>|",
          " trailing. ",
          "...",
          "-",
          "Anna",
          "anna",
          "ANNA",
          "Anna");

  @Test
  void hostileNamesBecomePlainFileNamesInsideTheFolder() {
    SafeNames names = new SafeNames();
    Path out = Path.of("/tmp/out").toAbsolutePath();
    for (String hostile : HOSTILE) {
      String name = names.next(Optional.empty(), hostile);
      assertFalse(name.isEmpty(), hostile);
      assertFalse(name.contains("/") || name.contains("\\") || name.contains(".."), name);
      assertFalse(name.startsWith(".") || name.startsWith("-") || name.endsWith("."), name);
      assertTrue(
          name.chars()
              .noneMatch(c -> c < 0x20 || c == 0x202E || c == 0x200B || ":*?\"<>|".indexOf(c) >= 0),
          name);
      assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= SafeNames.MAX_BYTES + 4, name);
      String stem = name.split("\\.")[0].split("-")[0].toUpperCase(Locale.ROOT);
      assertFalse(Set.of("CON", "NUL", "COM1", "LPT9", "AUX", "PRN").contains(stem), name);
      assertEquals(out, out.resolve(name + ".pdf").normalize().getParent(), name);
    }
  }

  @Test
  void duplicateNamesGetDistinctFileNamesEvenIgnoringCase() {
    SafeNames names = new SafeNames();
    Set<String> seen = new HashSet<>();
    for (String n : List.of("Anna", "anna", "ANNA", "Anna", "Anna-2")) {
      assertTrue(seen.add(names.next(Optional.empty(), n).toLowerCase(Locale.ROOT)), n);
    }
  }

  @Test
  void bidiOverrideIsDroppedAndTheRestKept() {
    assertEquals("gnp.exe", SafeNames.base(Optional.empty(), "\u202Egnp.exe"));
    assertEquals("S1_Nguyen_Van_Duc", SafeNames.base(Optional.of("S1"), "Nguyen, Van\r\nDuc"));
    assertEquals("_CON", SafeNames.base(Optional.empty(), "CON"));
    assertEquals("student", SafeNames.base(Optional.empty(), "../"));
  }

  @Test
  void longNamesAreCutOnCharacterBoundariesByBytes() {
    String name = SafeNames.base(Optional.empty(), "山".repeat(100));
    assertEquals(33, name.length(), "33 characters of 3 bytes fit in 100 bytes");
    String vietnamese = SafeNames.base(Optional.empty(), "Nguyễn".repeat(30));
    assertTrue(vietnamese.getBytes(StandardCharsets.UTF_8).length <= SafeNames.MAX_BYTES);
    assertNotEquals('\uFFFD', vietnamese.charAt(vietnamese.length() - 1));
  }
}
