package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.departurebooklet.Booklets;
import org.departurebooklet.Handouts;
import org.departurebooklet.ImageDraws;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.TestLogos;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.model.SchoolFile;
import org.departurebooklet.pdf.Conformance;
import org.departurebooklet.view.Paper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A school profile with a colour and a logo, read back from the PDF as a reader sees it: the logo
 * on the cover beside the band and on the back cover, the band in the school's colour, and the
 * booklet and the handout still PDF/UA-1 and PDF/A-2u.
 */
class SchoolBrandPdfTest {

  /**
   * A5's first page: the left margin (inner), the right margin (outer), the band's top (margin + 6
   * mm).
   */
  private static final double LEFT_MM = 15;

  private static final double RIGHT_MM = 12;
  private static final double BAND_TOP_MM = 19;
  private static final double DPI = 100;

  @TempDir static Path dir;
  private static byte[] original;
  private static byte[] booklet;
  private static byte[] handout;

  @BeforeAll
  static void render() throws IOException {
    Path profile = TestLogos.brandedProfile(dir, 400, 200);
    original = Files.readAllBytes(dir.resolve("logo.png"));
    Booklets branded =
        Booklets.open(
            AssetDirs.packaged(), Optional.of(SchoolFile.read(profile)), profile.toString());
    booklet = TestBooklets.pdf(branded, TestBooklets.sample(), TestBooklets.options()).pdf();
    handout =
        branded
            .handouts()
            .pdf(
                new Handouts.Request(
                    new Booklets.Options(
                        Paper.A5,
                        Optional.of("en"),
                        TestBooklets.TODAY,
                        TestBooklets.options().created()),
                    Optional.empty(),
                    false))
            .pdf();
  }

  private static List<ImageDraws.Draw> images(byte[] pdf, int pageIndex) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return ImageDraws.on(
          doc.getPage(pageIndex < 0 ? doc.getNumberOfPages() + pageIndex : pageIndex));
    }
  }

  private static void assertBox(
      ImageDraws.Draw draw, double x, double y, double width, double height) {
    String box = draw.toString();
    assertEquals(x, draw.xMm(), 0.3, "left edge of " + box);
    assertEquals(y, draw.yMm(), 0.3, "top edge of " + box);
    assertEquals(width, draw.widthMm(), 0.3, "width of " + box);
    assertEquals(height, draw.heightMm(), 0.3, "height of " + box);
  }

  @Test
  void theCoverShowsTheLogoAtTheRightEndOfTheBand14MmHigh() throws IOException {
    List<ImageDraws.Draw> draws = images(booklet, 0);
    assertEquals(1, draws.size(), draws.toString());
    // A 2:1 logo in a box of at most 40 x 14 mm, flush with the right margin.
    assertBox(draws.get(0), 148 - RIGHT_MM - 28, BAND_TOP_MM, 28, 14);
    assertEquals(
        400,
        draws.get(0).image().getWidth(),
        "the logo's pixels, not scaled down below what prints");
  }

  @Test
  void theBackCoverShowsTheLogoAboveTheSchool18MmHigh() throws IOException {
    List<ImageDraws.Draw> draws = images(booklet, -1);
    assertEquals(1, draws.size(), draws.toString());
    assertEquals(36, draws.get(0).widthMm(), 0.3);
    assertEquals(18, draws.get(0).heightMm(), 0.3);
  }

  @Test
  void theHandoutsCoverAndBackCoverShowTheLogoToo() throws IOException {
    assertBox(images(handout, 0).get(0), 148 - RIGHT_MM - 28, BAND_TOP_MM, 28, 14);
    assertEquals(1, images(handout, -1).size());
  }

  @Test
  void theBandIsTheSchoolsColourAndTheLogoItsOwnPixels() throws IOException {
    BufferedImage cover = page(booklet);
    assertEquals(TestLogos.COLOUR, rgb(cover, 40, BAND_TOP_MM + 4.5), "the band's middle");
    assertEquals(
        TestLogos.COLOUR, rgb(cover, LEFT_MM + 1, BAND_TOP_MM + 1), "the band's top left corner");
    double logoLeft = 148 - RIGHT_MM - 28;
    assertEquals(hex(TestLogos.LEFT.getRGB()), rgb(cover, logoLeft + 7, BAND_TOP_MM + 10));
    assertEquals(hex(TestLogos.RIGHT.getRGB()), rgb(cover, logoLeft + 21, BAND_TOP_MM + 10));
    assertEquals(
        "#ffffff",
        rgb(cover, logoLeft + 1, BAND_TOP_MM + 0.5),
        "the logo's transparent corner is white");
  }

  @Test
  void withoutAColourTheBandKeepsTheBookletsBlue() throws IOException {
    byte[] plain =
        TestBooklets.pdf(TestBooklets.get(), TestBooklets.sample(), TestBooklets.options()).pdf();
    assertEquals("#1d4f91", rgb(page(plain), 40, BAND_TOP_MM + 4.5));
    assertEquals(List.of(), images(plain, 0), "no school, no logo");
  }

  @Test
  void thePdfNeverHoldsTheSchoolsOwnBytes() {
    byte[] slice = Arrays.copyOfRange(original, original.length / 2, original.length / 2 + 48);
    assertEquals(-1, indexOf(booklet, slice));
  }

  static List<PDFAFlavour> flavours() {
    return List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flavours")
  void theBrandedBookletConforms(PDFAFlavour flavour) throws Exception {
    assertEquals(List.of(), Conformance.failures(booklet, flavour));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flavours")
  void theBrandedHandoutConforms(PDFAFlavour flavour) throws Exception {
    assertEquals(List.of(), Conformance.failures(handout, flavour));
  }

  @Test
  void theLogoIsAFigureWhoseAltTextIsTheSchoolsName() throws IOException {
    try (PDDocument doc = Loader.loadPDF(booklet)) {
      List<String> alts = new ArrayList<>();
      figures(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
      assertEquals(
          2,
          alts.stream().filter("Sakura International College"::equals).count(),
          "the cover's and the back cover's logo: " + alts);
    }
  }

  private static void figures(PDStructureNode node, List<String> alts) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        if ("Figure".equals(e.getStructureType())) {
          alts.add(e.getAlternateDescription());
        }
        figures(e, alts);
      }
    }
  }

  private static BufferedImage page(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFRenderer(doc).renderImageWithDPI(0, (float) DPI, ImageType.RGB);
    }
  }

  /** The colour at a point of the page, as {@code #rrggbb}. */
  private static String rgb(BufferedImage image, double xMm, double yMm) {
    return hex(
        image.getRGB((int) Math.round(xMm / 25.4 * DPI), (int) Math.round(yMm / 25.4 * DPI)));
  }

  private static String hex(int rgb) {
    return String.format("#%06x", rgb & 0xffffff);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
