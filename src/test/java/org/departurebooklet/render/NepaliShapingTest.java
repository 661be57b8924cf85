package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nepali words whose shaping is known print as shaped text: conjuncts (क्ष, त्र, ज्ञ, द्य) as one
 * glyph, the i-matra of कि before its consonant, the reph of र्म above the letter after it, the
 * final halant of होस् visible. In the PDF each word has exactly the glyphs, in the order and at
 * the places, that HarfBuzz gives through the JDK's text layout, and the page differs from
 * OpenHTMLtoPDF's own drawing, which prints one glyph per character.
 */
class NepaliShapingTest {

  static final List<String> WORDS =
      List.of(
          "क्ष",
          "त्र",
          "ज्ञ",
          "द्य",
          "कि",
          "र्म",
          "होस्",
          "विद्यार्थी",
          "कर्म",
          "पढ्छन्",
          "कृपया",
          "नेपाली");
  private static final String FONT = "NotoSansDevanagari-Regular.ttf";
  private static final float SIZE = 20;
  private static final Instant CREATED = Instant.parse("2027-01-01T00:00:00Z");

  static FontLibrary library;
  static byte[] shaped;
  static CmapLookup cmap;

  @BeforeAll
  static void render() throws IOException {
    library = FontLibrary.load(Path.of("fonts"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer(library)
        .render(xhtml(WORDS), new FontChoice("", "", false), CREATED, true, out);
    shaped = out.toByteArray();
    TrueTypeFont font =
        new TTFParser().parse(new RandomAccessReadBufferedFile(Path.of("fonts", FONT).toFile()));
    cmap = font.getUnicodeCmapLookup();
  }

  /** One word a paragraph, in the Nepali edition's font-family list. */
  static String xhtml(List<String> words) {
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ne\"><head><title>शब्द</title><style>"
        + "body { font-family: \"Noto Sans\", \"Noto Sans Devanagari\"; font-size: "
        + SIZE
        + "pt; }"
        + "</style></head><body>"
        + words.stream().map(w -> "<p>" + w + "</p>").collect(Collectors.joining())
        + "</body></html>";
  }

  @Test
  void everyWordHasTheGlyphsInTheOrderAndPlacesHarfBuzzGives() {
    List<ShapedRuns.Run> runs = ShapedRuns.of(shaped);
    for (String word : WORDS) {
      List<ShapedRuns.Run> drawn = runs.stream().filter(r -> r.text().equals(word)).toList();
      assertEquals(1, drawn.size(), word + " is one shaped run");
      ShapedRuns.Run run = drawn.get(0);
      ShapedRuns.Layout expected = ShapedRuns.harfBuzz(FONT, word);
      assertEquals("NotoSansDevanagari-Regular", run.font(), word);
      assertEquals(expected.glyphs(), run.glyphs(), word + ": glyph ids in drawing order");
      for (int i = 0; i < run.x().size(); i++) {
        float want = (expected.x().get(i) - expected.x().get(0)) * run.size() / 1000;
        assertEquals(
            want,
            run.x().get(i) - run.x().get(0),
            0.02,
            word + ": glyph " + i + " placed as HarfBuzz places it");
      }
    }
  }

  @Test
  void theKnownShapesOfNepaliArePrinted() {
    List<ShapedRuns.Run> runs = ShapedRuns.of(shaped);
    for (String conjunct : List.of("क्ष", "त्र", "ज्ञ", "द्य")) {
      List<Integer> glyphs = glyphs(runs, conjunct);
      assertEquals(
          1, glyphs.size(), conjunct + " is one conjunct glyph, not letter, virama, letter");
      assertNull(
          cmap.getCharCodes(glyphs.get(0)), conjunct + " is a glyph no single character maps to");
    }
    List<Integer> ki = glyphs(runs, "कि");
    assertEquals(
        List.of(2, glyph('क')), List.of(ki.size(), ki.get(1)), "the i-matra is drawn before क");
    List<Integer> rma = glyphs(runs, "र्म");
    assertEquals(
        List.of(2, glyph('म')),
        List.of(rma.size(), rma.get(0)),
        "म is drawn with the reph after it");
    assertNull(cmap.getCharCodes(rma.get(1)), "the reph is its own glyph, not र and a virama");
    List<Integer> hos = glyphs(runs, "होस्");
    assertEquals(glyph('्'), hos.get(hos.size() - 1), "the final halant of होस् is printed");
  }

  @Test
  void theShapedPageDiffersFromOpenHtmlToPdfsOwnDrawing() throws IOException {
    BufferedImage withShaping = page(shaped);
    BufferedImage without = page(unshaped(library, xhtml(WORDS)));
    int differing = 0;
    for (int y = 0; y < withShaping.getHeight(); y++) {
      for (int x = 0; x < withShaping.getWidth(); x++) {
        if (withShaping.getRGB(x, y) != without.getRGB(x, y)) {
          differing++;
        }
      }
    }
    assertTrue(differing > 1000, differing + " pixels differ");
    assertNotEquals(ShapedRuns.of(shaped).size(), 0);
  }

  private static List<Integer> glyphs(List<ShapedRuns.Run> runs, String word) {
    return runs.stream().filter(r -> r.text().equals(word)).findFirst().orElseThrow().glyphs();
  }

  private static int glyph(char c) {
    return cmap.getGlyphId(c);
  }

  private static BufferedImage page(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFRenderer(doc).renderImageWithDPI(0, 72, ImageType.GRAY);
    }
  }

  /** The same page as OpenHTMLtoPDF draws it on its own, with the same fonts. */
  static byte[] unshaped(FontLibrary library, String xhtml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(doc);
      builder.withHtmlContent(xhtml, "about:blank");
      try (FontLibrary.Lease lent = library.register(builder, doc, new FontChoice("", "", false))) {
        try (var renderer = builder.buildPdfRenderer()) {
          renderer.createPDFWithoutClosing();
        }
        doc.save(out);
      }
    }
    return out.toByteArray();
  }
}
