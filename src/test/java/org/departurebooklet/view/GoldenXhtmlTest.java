package org.departurebooklet.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.model.StudentFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for the XHTML stage: each {@code golden/NAME.yaml} student gives exactly {@code
 * golden/NAME.xhtml} (A4 when the name ends in -a4; made on 2 Apr 2027, so some steps are overdue).
 * A new case is a new pair of files. After an intended change, regenerate with {@code mvn test
 * -Dtest=GoldenXhtmlTest -Dgolden.update=true} and review the diff.
 */
class GoldenXhtmlTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 4, 2);
  private static final Path DIR = Path.of("src/test/resources/golden");

  static List<String> cases() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void xhtmlMatchesItsGoldenFile(String name) throws IOException {
    Booklets booklets = TestBooklets.get();
    StudentFile file = StudentFile.read(DIR.resolve(name + ".yaml"));
    Booklets.Options options =
        new Booklets.Options(
            name.endsWith("-a4") ? Paper.A4 : Paper.A5,
            Optional.empty(),
            TODAY,
            Booklets.Options.defaults(TODAY).created());
    String actual =
        booklets.xhtml(booklets.check(file.fields(), options).orElseThrow(file.label()));
    Path golden = DIR.resolve(name + ".xhtml");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertTrue(
        Files.exists(golden),
        "golden file "
            + golden
            + " is missing: review the XHTML of "
            + name
            + ", then write it with -Dgolden.update=true");
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8),
        actual,
        "XHTML of " + name + " changed; if intended, regenerate with -Dgolden.update=true");
  }
}
