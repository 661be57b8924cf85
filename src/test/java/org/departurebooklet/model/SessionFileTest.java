package org.departurebooklet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.departurebooklet.BookletException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session file comes from whoever runs an information session, not from the project: it is read
 * like a student file (regular files only, bounded, values as written, cleaned) and its link must
 * be https.
 */
class SessionFileTest {

  @TempDir Path dir;

  private static Session parse(String yaml) {
    return SessionFile.parse(yaml.getBytes(StandardCharsets.UTF_8), "session.yaml");
  }

  private static String error(String yaml) {
    BookletException e = assertThrows(BookletException.class, () -> parse(yaml));
    assertEquals(BookletException.Kind.BAD_INPUT, e.kind());
    return e.getMessage();
  }

  @Test
  void plainValuesAreTheTextWrittenNotNumbersOrBooleans() {
    Session session =
        parse("title: No\ndate: 2027-01-20\nroom: 0042\nadvisor: yes\nbring: [NO, 1e3]\n");
    assertEquals("No", session.title(), "not false");
    assertEquals(Optional.of("0042"), session.room(), "not octal 34");
    assertEquals(Optional.of("yes"), session.advisor(), "not true");
    assertEquals(List.of("NO", "1e3"), session.bring(), "not false and 1000.0");
    assertEquals(LocalDate.of(2027, 1, 20), session.date());
  }

  @Test
  void controlBidiAndZeroWidthCharactersAreDroppedAndTheRestKept() {
    Session session =
        parse(
            "title: \"Leaving\\u202E Ja\\u200Bpan\\u0007\"\ndate: 2027-01-20\n"
                + "room: \"Hall\\u0000 B\\u2066\"\n");
    assertEquals("Leaving Japan", session.title());
    assertEquals(Optional.of("Hall B"), session.room());
  }

  @Test
  void aLinkThatIsNotHttpsIsRefusedWithItsLine() {
    for (String url :
        List.of(
            "javascript:alert(1)",
            "data:text/html,hi",
            "http://www.sakura.example.ac.jp/",
            "file:///etc/passwd")) {
      String message = error("title: Leaving Japan\ndate: 2027-01-20\nurl: \"" + url + "\"\n");
      assertTrue(
          message.startsWith("session.yaml line 3: url: \"" + url + "\" must start with https://"),
          message);
    }
  }

  @Test
  void aDeviceIsRefusedAsNotARegularFile() {
    Path random = Path.of("/dev/urandom");
    assumeTrue(Files.exists(random), "a system with /dev/urandom");
    BookletException e = assertThrows(BookletException.class, () -> SessionFile.read(random));
    assertEquals(BookletException.Kind.USAGE, e.kind());
    assertEquals(
        "/dev/urandom: is not a regular file (it is a device, a pipe or a socket); give a session file (YAML)",
        e.getMessage());
  }

  @Test
  void aFileOverTheLimitIsRefused() throws IOException {
    Path big = dir.resolve("session.yaml");
    Files.writeString(
        big, "title: Leaving Japan\n#" + "x".repeat((int) SessionFile.MAX_BYTES) + "\n");
    BookletException e = assertThrows(BookletException.class, () -> SessionFile.read(big));
    assertEquals(
        big + ": is larger than 16 KiB; a session file holds a few lines of YAML", e.getMessage());
  }
}
