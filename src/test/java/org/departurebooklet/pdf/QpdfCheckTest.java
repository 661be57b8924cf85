package org.departurebooklet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.print.CombinedPdf;
import org.departurebooklet.view.Paper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The booklets and the print file pass {@code qpdf --check} without a warning. Skipped with the
 * reason when qpdf is not installed, except under CI=true, where .ci/run installs it and it must
 * run. The trailer's size is also checked without qpdf, so the usual build guards it too.
 */
class QpdfCheckTest {

  @TempDir static Path dir;

  private static Path a5English;
  private static Path a4Japanese;

  @BeforeAll
  static void render() throws IOException {
    Booklets booklets = TestBooklets.get();
    a5English = dir.resolve("a5-en.pdf");
    Files.write(
        a5English, TestBooklets.pdf(booklets, TestBooklets.sample(), TestBooklets.options()).pdf());
    Booklets.Options a4ja =
        new Booklets.Options(
            Paper.A4, Optional.of("ja"), TestBooklets.TODAY, TestBooklets.options().created());
    a4Japanese = dir.resolve("a4-ja.pdf");
    Files.write(a4Japanese, TestBooklets.pdf(booklets, TestBooklets.student("山田 花子"), a4ja).pdf());
  }

  @Test
  void theLastCrossReferenceStreamListsItselfAndItsSizeIsOnePastTheHighestObject()
      throws IOException {
    String pdf = new String(Files.readAllBytes(a5English), StandardCharsets.ISO_8859_1);
    Matcher start = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$").matcher(pdf);
    assertTrue(start.find(), "no startxref at the end");
    int at = Integer.parseInt(start.group(1));
    Matcher object = Pattern.compile("(\\d+) 0 obj").matcher(pdf).region(at, pdf.length());
    assertTrue(object.lookingAt(), "startxref points at no object");
    long self = Long.parseLong(object.group(1));
    String dict = pdf.substring(at, pdf.indexOf("stream", at));
    Matcher size = Pattern.compile("/Size (\\d+)").matcher(dict);
    Matcher index = Pattern.compile("/Index \\[([\\d ]+)\\]").matcher(dict);
    assertTrue(size.find() && index.find(), dict);
    String[] ranges = index.group(1).trim().split(" +");
    long highest =
        Long.parseLong(ranges[ranges.length - 2]) + Long.parseLong(ranges[ranges.length - 1]) - 1;
    assertEquals(
        self,
        highest,
        "the cross-reference stream (object " + self + ") is not its own last entry: " + dict);
    assertEquals(highest + 1, Long.parseLong(size.group(1)), dict);
  }

  @Test
  void qpdfFindsNothingToWarnAboutInABookletOrThePrintFile()
      throws IOException, InterruptedException {
    Path qpdf = qpdf();
    Path print = dir.resolve("print.pdf");
    CombinedPdf.write(print, List.of(a5English, a5English), TestBooklets.options().created());
    for (Path pdf : List.of(a5English, a4Japanese, print)) {
      Process check =
          new ProcessBuilder(qpdf.toString(), "--check", pdf.toString())
              .redirectErrorStream(true)
              .start();
      String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(check.waitFor(60, TimeUnit.SECONDS), "qpdf did not finish");
      assertEquals(0, check.exitValue(), pdf.getFileName() + ":\n" + output);
      assertFalse(output.contains("WARNING"), pdf.getFileName() + ":\n" + output);
    }
  }

  /** qpdf on the PATH; skips the test when there is none, fails it under CI=true. */
  private static Path qpdf() {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin");
    Optional<Path> found =
        Stream.of(path.split(File.pathSeparator))
            .map(d -> Path.of(d, "qpdf"))
            .filter(Files::isExecutable)
            .findFirst();
    if (found.isEmpty()) {
      String reason = "needs qpdf on the PATH: apt-get install qpdf";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true but the qpdf check cannot run: " + reason);
      }
      Assumptions.abort(reason);
    }
    return found.get();
  }
}
