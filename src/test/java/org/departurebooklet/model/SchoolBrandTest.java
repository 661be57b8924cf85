package org.departurebooklet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.departurebooklet.BookletException;
import org.departurebooklet.TestLogos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The school's colour and logo as the profile gives them, and every way they are refused. */
class SchoolBrandTest {

  @TempDir Path dir;

  private String refusal(String lines) throws IOException {
    Path profile = TestLogos.profile(dir, lines);
    BookletException e = assertThrows(BookletException.class, () -> SchoolFile.read(profile));
    assertEquals(BookletException.Kind.BAD_INPUT, e.kind());
    return e.getMessage();
  }

  private Path profile() {
    return dir.resolve("school.yaml");
  }

  @Test
  void aDarkColourAndAPngBesideTheProfileAreTheSchoolsOwn() throws IOException {
    School school = SchoolFile.read(TestLogos.brandedProfile(dir, 300, 120));
    assertEquals(Optional.of(new BrandColour("#0b5d3b")), school.colour());
    SchoolLogo logo = school.logo().orElseThrow();
    assertEquals(300, logo.width());
    assertEquals(120, logo.height());
    assertEquals("logo.png", logo.file());
  }

  @Test
  void aColourInCapitalsIsTheSameColour() throws IOException {
    School school = SchoolFile.read(TestLogos.profile(dir, "colour: \"#0B5D3B\"\n"));
    assertEquals("#0b5d3b", school.colour().orElseThrow().hex());
  }

  @Test
  void aColourThatIsNotHexIsRefusedWithItsLineAndWhatIsAccepted() throws IOException {
    assertEquals(
        profile()
            + " line 3: colour \"green\" is not a colour of the form #rrggbb (six hex digits after #,"
            + " such as #0b5d3b)",
        refusal("colour: green\n"));
    assertTrue(
        refusal("colour: \"#0b5d3\"\n")
            .contains("colour \"#0b5d3\" is not a colour of the form #rrggbb"));
    assertTrue(
        refusal("colour: \"rgb(11, 93, 59)\"\n").contains("is not a colour of the form #rrggbb"));
    assertTrue(
        refusal("colour: \"#0b5d3b; background: url(x)\"\n")
            .contains("is not a colour of the form #rrggbb"));
  }

  @Test
  void aColourTooLightForWhiteTextOrAsTextOnWhiteIsRefused() throws IOException {
    String message = refusal("colour: \"#ffcc00\"\n");
    assertTrue(
        message.startsWith(profile() + " line 3: colour \"#ffcc00\" is too light: "), message);
    assertTrue(message.contains("contrast of 1.5:1, and at least 4.5:1 is needed"), message);
    // WCAG's threshold: #767676 is the lightest gray with 4.5:1 on white, #777777 falls just short.
    assertTrue(refusal("colour: \"#777777\"\n").contains("contrast of 4.4:1"));
    assertEquals(
        "#767676",
        SchoolFile.read(TestLogos.profile(dir, "colour: \"#767676\"\n"))
            .colour()
            .orElseThrow()
            .hex());
  }

  @Test
  void anUnquotedColourIsACommentAndIsAskedToBeQuoted() throws IOException {
    assertTrue(
        refusal("colour: #0b5d3b\n")
            .contains(
                "line 3: colour is empty (write it in quotes, such as" + " colour: \"#0b5d3b\""));
  }

  @Test
  void theContrastIsWcags() {
    assertEquals(21.0, new BrandColour("#000000").contrastWithWhite(), 0.01);
    assertEquals(8.14, new BrandColour("#1d4f91").contrastWithWhite(), 0.01);
    assertEquals(4.54, new BrandColour("#767676").contrastWithWhite(), 0.01);
    assertThrows(IllegalArgumentException.class, () -> new BrandColour("#ffffff"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new BrandColour("#0B5D3B"),
        "only the lower-case form");
  }

  @Test
  void theLogoIsEncodedAgainOnWhiteNeverKeptAsTheSchoolsBytes() throws IOException {
    byte[] original = TestLogos.png(200, 100);
    Files.write(dir.resolve("logo.png"), original);
    SchoolLogo logo =
        SchoolFile.read(TestLogos.profile(dir, "logo: logo.png\n")).logo().orElseThrow();
    assertFalse(Arrays.equals(original, logo.png()));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(logo.png()));
    assertEquals(0xffffff, image.getRGB(1, 1) & 0xffffff, "the transparent corner is white");
    assertEquals(TestLogos.LEFT.getRGB() & 0xffffff, image.getRGB(50, 80) & 0xffffff);
    assertEquals(TestLogos.RIGHT.getRGB() & 0xffffff, image.getRGB(150, 80) & 0xffffff);
    assertFalse(image.getColorModel().hasAlpha());
  }

  @Test
  void aLargeLogoIsScaledDownToWhatPrintsSharply() throws IOException {
    Files.write(dir.resolve("logo.png"), TestLogos.png(3200, 800));
    SchoolLogo logo =
        SchoolFile.read(TestLogos.profile(dir, "logo: logo.png\n")).logo().orElseThrow();
    assertEquals(SchoolLogo.MAX_WIDTH, logo.width());
    assertEquals(200, logo.height());
  }

  @Test
  void aLogoInASubfolderOfTheProfilesFolderIsFound() throws IOException {
    Files.createDirectories(dir.resolve("images"));
    Files.write(dir.resolve("images/logo.png"), TestLogos.png(40, 20));
    assertEquals(
        40,
        SchoolFile.read(TestLogos.profile(dir, "logo: images/logo.png\n"))
            .logo()
            .orElseThrow()
            .width());
  }

  @Test
  void anAbsolutePathIsRefused() throws IOException {
    Path elsewhere = Files.createTempFile("logo", ".png");
    try {
      Files.write(elsewhere, TestLogos.png(40, 20));
      String message = refusal("logo: " + elsewhere + "\n");
      assertTrue(
          message.startsWith(
              profile()
                  + " line 3: logo \""
                  + elsewhere
                  + "\" is not a name in the profile's"
                  + " folder; save the logo as a PNG file beside the profile"),
          message);
    } finally {
      Files.delete(elsewhere);
    }
  }

  @Test
  void aPathLeadingOutOfTheFolderIsRefused() throws IOException {
    Path inner = Files.createDirectories(dir.resolve("school"));
    Files.write(dir.resolve("logo.png"), TestLogos.png(40, 20));
    Path profile = TestLogos.profile(inner, "logo: ../logo.png\n");
    String message =
        assertThrows(BookletException.class, () -> SchoolFile.read(profile)).getMessage();
    assertEquals(
        profile
            + " line 3: logo \"../logo.png\" leads out of the profile's folder (..); save the logo as a"
            + " PNG file beside the profile and write its name, such as logo: logo.png",
        message);
    Path sneaky = TestLogos.profile(inner, "logo: images/../../logo.png\n");
    assertTrue(
        assertThrows(BookletException.class, () -> SchoolFile.read(sneaky))
            .getMessage()
            .contains("leads out of the profile's folder"));
  }

  @Test
  void aLinkToAFileOutsideTheFolderIsRefused() throws IOException {
    Path inner = Files.createDirectories(dir.resolve("school"));
    Path outside = dir.resolve("secret.png");
    Files.write(outside, TestLogos.png(40, 20));
    Files.createSymbolicLink(inner.resolve("logo.png"), outside);
    Path profile = TestLogos.profile(inner, "logo: logo.png\n");
    String message =
        assertThrows(BookletException.class, () -> SchoolFile.read(profile)).getMessage();
    assertTrue(
        message.startsWith(
            profile
                + " line 3: logo \"logo.png\" is a link to a file outside the profile's"
                + " folder"),
        message);
  }

  @Test
  void aFolderLinkedFromOutsideIsRefusedToo() throws IOException {
    Path inner = Files.createDirectories(dir.resolve("school"));
    Path images = Files.createDirectories(dir.resolve("images"));
    Files.write(images.resolve("logo.png"), TestLogos.png(40, 20));
    Files.createSymbolicLink(inner.resolve("images"), images);
    Path profile = TestLogos.profile(inner, "logo: images/logo.png\n");
    assertTrue(
        assertThrows(BookletException.class, () -> SchoolFile.read(profile))
            .getMessage()
            .contains("is a link to a file outside the profile's folder"));
  }

  @Test
  void aMissingLogoIsNamedWithTheFolderItWasLookedFor() throws IOException {
    String message = refusal("logo: logo.png\n");
    assertTrue(
        message.contains("line 3: logo \"logo.png\" does not exist (looked for it in "), message);
  }

  @Test
  void aLogoOverTheSizeLimitIsRefused() throws IOException {
    byte[] big = new byte[(int) LogoFile.MAX_BYTES + 1];
    System.arraycopy(TestLogos.png(40, 20), 0, big, 0, 8);
    Files.write(dir.resolve("logo.png"), big);
    assertTrue(refusal("logo: logo.png\n").contains("logo \"logo.png\" is larger than 512 KiB"));
  }

  @Test
  void aTextFileNamedPngIsRefusedByItsContent() throws IOException {
    Files.writeString(dir.resolve("logo.png"), "not an image\n", StandardCharsets.UTF_8);
    assertTrue(
        refusal("logo: logo.png\n")
            .contains(
                "logo \"logo.png\" is not a PNG image (its content is not PNG,"
                    + " whatever its name says)"));
  }

  @Test
  void aPngWhoseHeaderClaimsHugeDimensionsIsRefusedBeforeDecoding() throws IOException {
    Files.write(dir.resolve("logo.png"), TestLogos.pngBomb(100_000, 100_000));
    assertTrue(
        refusal("logo: logo.png\n")
            .contains(
                "logo \"logo.png\" is 100000 x 100000 pixels; a logo may be at"
                    + " most 4000 x 4000"));
    Files.write(dir.resolve("logo.png"), TestLogos.png(4001, 8));
    assertTrue(refusal("logo: logo.png\n").contains("is 4001 x 8 pixels"));
  }

  @Test
  void aBrokenPngIsRefused() throws IOException {
    byte[] png = TestLogos.png(200, 100);
    Files.write(dir.resolve("logo.png"), Arrays.copyOf(png, png.length / 2));
    assertTrue(
        refusal("logo: logo.png\n").contains("logo \"logo.png\" is not a readable PNG image"));
  }

  @Test
  void anSvgWithAnExternalReferenceIsRefusedUnread() throws IOException {
    AtomicInteger hits = new AtomicInteger();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          hits.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/x.png";
      Files.writeString(
          dir.resolve("logo.svg"),
          "<svg xmlns=\"http://www.w3.org/2000/svg\""
              + " xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\""
              + url
              + "\"/>"
              + "<rect style=\"fill: url("
              + url
              + ")\"/></svg>");
      String message = refusal("logo: logo.svg\n");
      assertTrue(
          message.contains(
              "line 3: logo \"logo.svg\" is an SVG or other XML file: only PNG logos are"
                  + " accepted;"),
          message);
      assertEquals(0, hits.get(), "the loopback server was asked for the SVG's image");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void anSvgWithADoctypeIsRefusedUnread() throws IOException {
    Files.writeString(
        dir.resolve("logo.svg"),
        "\uFEFF<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY e SYSTEM"
            + " \"file:///etc/passwd\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&e;</text></svg>");
    assertTrue(
        refusal("logo: logo.svg\n")
            .contains(
                "logo \"logo.svg\" is an SVG or other XML file: only PNG logos" + " are accepted"));
  }

  @Test
  void aFolderIsNotALogo() throws IOException {
    Files.createDirectories(dir.resolve("logo.png"));
    assertTrue(refusal("logo: logo.png\n").contains("logo \"logo.png\" is a folder, not a file"));
  }

  @Test
  void aProfileNotReadFromAFileCannotNameALogo() {
    BookletException e =
        assertThrows(
            BookletException.class,
            () ->
                SchoolFile.parse(
                    "name: Sakura\nlogo: logo.png\n".getBytes(StandardCharsets.UTF_8),
                    "school.yaml"));
    assertTrue(
        e.getMessage()
            .startsWith(
                "school.yaml line 2: logo \"logo.png\" cannot be read: the profile did not"
                    + " come from a file"),
        e.getMessage());
  }

  @Test
  void everyProblemIsReportedAtOnce() throws IOException {
    Files.writeString(dir.resolve("logo.png"), "text", StandardCharsets.UTF_8);
    String message = refusal("colour: \"#eeeeee\"\nlogo: logo.png\n");
    assertTrue(message.contains("line 3: colour \"#eeeeee\" is too light"), message);
    assertTrue(message.contains("line 4: logo \"logo.png\" is not a PNG image"), message);
  }
}
