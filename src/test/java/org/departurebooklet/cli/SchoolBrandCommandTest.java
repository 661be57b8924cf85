package org.departurebooklet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.departurebooklet.ImageDraws;
import org.departurebooklet.SpecialFiles;
import org.departurebooklet.TestLogos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school's colour and logo from the command line: every booklet of a batch, and refusals without
 * a trace.
 */
class SchoolBrandCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aBatchWithABrandedProfileGivesEveryBookletTheLogo() throws IOException {
    Path profile =
        TestLogos.brandedProfile(Files.createDirectories(dir.resolve("school")), 300, 300);
    Path roster = dir.resolve("class.csv");
    Files.writeString(
        roster,
        "student_id,name,graduation_date,departure_date,plan,destination\n"
            + "S1,Anna Berg,2027-03-18,2027-04-09,return-home,SE\n"
            + "S2,Ben Okafor,2027-03-18,2027-04-09,undecided,NG\n"
            + "S3,Chen Wei,2027-03-18,2027-04-09,work-abroad,SG\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Run r =
        run(
            "batch",
            "--roster",
            roster.toString(),
            "--school",
            profile.toString(),
            "-o",
            out.toString(),
            "--jobs",
            "2",
            "--today",
            "2026-11-25");
    assertEquals(0, r.code, r.err);
    List<Path> pdfs;
    try (Stream<Path> files = Files.list(out)) {
      pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    assertEquals(3, pdfs.size());
    for (Path pdf : pdfs) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        List<ImageDraws.Draw> cover = ImageDraws.on(doc.getPage(0));
        assertEquals(1, cover.size(), pdf + ": " + cover);
        assertEquals(14, cover.get(0).widthMm(), 0.3, pdf + ": a square logo, 14 mm high");
        assertEquals(14, cover.get(0).heightMm(), 0.3);
        assertEquals(
            1,
            ImageDraws.on(doc.getPage(doc.getNumberOfPages() - 1)).size(),
            pdf + ": the back cover");
      }
    }

    String[] again = {
      "batch",
      "--roster",
      roster.toString(),
      "--school",
      profile.toString(),
      "-o",
      out.toString(),
      "--today",
      "2026-11-25"
    };
    assertEquals(List.of("skipped", "skipped", "skipped"), statuses(out, run(again)));
    Files.write(profile.resolveSibling("logo.png"), TestLogos.png(300, 150));
    assertEquals(
        List.of("ok", "ok", "ok"),
        statuses(out, run(again)),
        "a new logo makes every booklet again");
    TestLogos.profile(profile.getParent(), "colour: \"#1d4f91\"\nlogo: logo.png\n");
    assertEquals(List.of("ok", "ok", "ok"), statuses(out, run(again)), "so does a new colour");
  }

  private static List<String> statuses(Path out, Run run) throws IOException {
    assertEquals(0, run.code, run.err);
    try (Reader reader =
        Files.newBufferedReader(out.resolve("manifest.csv"), StandardCharsets.UTF_8)) {
      reader.read(); // the BOM
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords()
          .stream()
          .map(row -> row.get("status"))
          .toList();
    }
  }

  @Test
  void aTooLightColourStopsTheCommandWithTheFileLineAndField() throws IOException {
    Path profile = TestLogos.profile(dir, "colour: \"#88ccff\"\n");
    Run r =
        run(
            "generate",
            "--sample",
            "--school",
            profile.toString(),
            "-o",
            dir.resolve("x.pdf").toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code);
    assertTrue(r.err.contains(profile + " line 3: colour \"#88ccff\" is too light"), r.err);
    assertFalse(r.err.contains("Exception"), r.err);
    assertTrue(Files.notExists(dir.resolve("x.pdf")));
  }

  @Test
  void aLogoOutsideTheProfilesFolderStopsTheHandout() throws IOException {
    Path inner = Files.createDirectories(dir.resolve("school"));
    Files.write(dir.resolve("logo.png"), TestLogos.png(40, 20));
    Path profile = TestLogos.profile(inner, "logo: ../logo.png\n");
    Run r = run("handout", "--school", profile.toString(), "-o", dir.resolve("h.pdf").toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code);
    assertTrue(
        r.err.contains(profile + " line 3: logo \"../logo.png\" leads out of the profile's folder"),
        r.err);
    assertFalse(r.err.contains("Exception"), r.err);
  }

  @Test
  void aDeviceAsTheLogoStopsTheCommandWithTheFileLineFieldAndPath() throws Exception {
    Path school = Files.createDirectories(dir.resolve("school"));
    Files.createSymbolicLink(school.resolve("zero.png"), Path.of("/dev/zero"));
    for (String logo : List.of("/dev/zero", "/dev/urandom", "zero.png")) {
      String message = refusedLogo(school, logo);
      assertTrue(
          message.contains(" is not a name in the profile's folder")
              || message.contains(" is a link to a file" + " outside the profile's folder"),
          message);
    }
    assumeTrue(
        SpecialFiles.zeroDevice(school.resolve("dev.png")), "mknod is allowed (root or CAP_MKNOD)");
    assertTrue(
        refusedLogo(school, "dev.png")
            .contains(
                "logo \"dev.png\" is not a regular file (it is a device, a pipe"
                    + " or a socket); save the logo as a PNG file"));
  }

  @Test
  void aPipeWithNoWriterAsTheLogoStopsTheCommandInsteadOfWaiting() throws Exception {
    Path school = Files.createDirectories(dir.resolve("school"));
    assumeTrue(SpecialFiles.fifo(school.resolve("logo.png")), "a system with mkfifo");
    Files.createSymbolicLink(school.resolve("link.png"), Path.of("logo.png"));
    for (String logo : List.of("logo.png", "link.png")) {
      assertTrue(
          refusedLogo(school, logo)
              .contains(
                  "logo \""
                      + logo
                      + "\" is not a regular file (it is a device, a"
                      + " pipe or a socket); save the logo as a PNG file"));
    }
  }

  /**
   * What {@code generate} says of a profile whose logo is {@code logo}, which it must refuse as bad
   * input, naming the profile, the line and the field, and writing nothing. A guard stops a read
   * that never ends (a device, a pipe with no writer) from hanging the build: not a timing
   * assertion.
   */
  private String refusedLogo(Path school, String logo) throws IOException {
    Path profile = TestLogos.profile(school, "logo: " + logo + "\n");
    Path pdf = dir.resolve("x.pdf");
    Run r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () -> run("generate", "--sample", "--school", profile.toString(), "-o", pdf.toString()),
            logo);
    assertEquals(ExitCodes.BAD_INPUT, r.code, r.err);
    assertTrue(r.err.contains(profile + " line 3: logo \"" + logo + "\" "), r.err);
    assertFalse(r.err.contains("Exception"), r.err);
    assertTrue(Files.notExists(pdf));
    return r.err;
  }
}
