package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.view.Paper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Booklets embedded from the fonts trimmed to the repertoire print exactly what the full fonts
 * print, and a booklet with a character outside the repertoire falls back to the full fonts.
 */
class TrimmedFontsTest {

  private static final Instant CREATED = Instant.parse("2026-11-25T00:00:00Z");

  private static FontLibrary full;
  private static FontLibrary trimmed;

  @BeforeAll
  static void load() {
    AssetDirs dirs = AssetDirs.packaged();
    full = FontLibrary.load(dirs.fonts());
    trimmed = FontLibrary.load(dirs.fonts(), Repertoire.of(dirs));
  }

  @Test
  void everyEditionLooksTheSameFromTrimmedFonts() throws IOException {
    for (String lang : new String[] {"en", "ja", "vi"}) {
      Booklets.Options options =
          new Booklets.Options(Paper.A5, java.util.Optional.of(lang), TestBooklets.TODAY, CREATED);
      String xhtml = TestBooklets.xhtml(TestBooklets.get(), TestBooklets.sample(), options);
      assertTrue(
          trimmed.fitsRepertoire(xhtml), lang + ": the sample booklet should fit the repertoire");

      byte[] fromFull = render(full, xhtml);
      byte[] fromTrimmed = render(trimmed, xhtml);
      assertEquals(
          TestBooklets.text(fromFull), TestBooklets.text(fromTrimmed), lang + ": extracted text");
      try (PDDocument a = Loader.loadPDF(fromFull);
          PDDocument b = Loader.loadPDF(fromTrimmed)) {
        assertEquals(a.getNumberOfPages(), b.getNumberOfPages(), lang + ": pages");
        PDFRenderer ra = new PDFRenderer(a);
        PDFRenderer rb = new PDFRenderer(b);
        for (int page = 0; page < a.getNumberOfPages(); page++) {
          assertArrayEquals(
              pixels(ra.renderImageWithDPI(page, 40, ImageType.RGB)),
              pixels(rb.renderImageWithDPI(page, 40, ImageType.RGB)),
              lang + ": page " + (page + 1) + " differs between full and trimmed fonts");
        }
      }
      assertTrue(
          fromTrimmed.length <= fromFull.length * 1.05,
          lang + ": trimmed fonts should not make the file bigger");
    }
  }

  @Test
  void charactersOutsideTheRepertoireUseTheFullFonts() throws IOException {
    assertTrue(trimmed.fitsRepertoire("<p>O&#39;Brien Nguyễn Thị Ánh カタカナ</p>"));
    assertFalse(trimmed.fitsRepertoire("<p>김민준</p>"), "hangul is not in the repertoire");
    assertFalse(
        trimmed.fitsRepertoire("<p>&#xAE40;</p>"), "a reference counts as its character (김)");
    assertFalse(trimmed.fitsRepertoire("<p>&#x20000;</p>"), "beyond the BMP never fits");
    assertFalse(full.fitsRepertoire("<p>plain</p>"), "a library without a repertoire never trims");

    String xhtml =
        TestBooklets.xhtml(TestBooklets.get(), TestBooklets.student("김민준"), TestBooklets.options());
    byte[] pdf = render(trimmed, xhtml);
    assertTrue(TestBooklets.text(pdf).contains("김민준"), "the Korean name prints from the full font");
  }

  private static byte[] render(FontLibrary fonts, String xhtml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // The markup decides here, as no student does: the check that a whole booklet fits the
    // repertoire.
    FontChoice choice = new FontChoice("", "", fonts.fitsRepertoire(xhtml));
    new PdfRenderer(fonts).render(xhtml, choice, CREATED, true, out);
    return out.toByteArray();
  }

  private static int[] pixels(BufferedImage image) {
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    rgb.getGraphics().drawImage(image, 0, 0, null);
    return ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
  }

  @Test
  void repertoireHoldsTheContentAndLatinNames() {
    BitSet set = Repertoire.of(AssetDirs.packaged());
    assertTrue(set.get('ệ') && set.get('Đ') && set.get('ア'), "Vietnamese and katakana for names");
    assertTrue(set.get('転') && set.get('届'), "the kanji of the content (転出届)");
    assertFalse(set.get('김'), "hangul is not used by the content");
  }

  /**
   * Text that OpenHTMLtoPDF makes during layout is covered too: a school's content whose cover line
   * is upper-cased by CSS into a letter the files never spell (ы becomes Ы), and a school's
   * template whose CSS writes a character as an escape (\2192 is →).
   */
  @Test
  void textMadeByCssPrintsFromTheTrimmedFonts(@TempDir Path dir) throws IOException {
    Path content = copy(AssetDirs.packaged().content(), dir.resolve("content"));
    Path strings = content.resolve("en/strings.yaml");
    Files.writeString(
        strings,
        Files.readString(strings)
            .replace("cover_prepared_for: Prepared for", "cover_prepared_for: Для выпускника"));
    Path templates = copy(AssetDirs.packaged().templates(), dir.resolve("templates"));
    Path style = templates.resolve("style.mustache");
    Files.writeString(
        style, Files.readString(style) + "\n.prepared::after { content: \" \\2192\"; }\n");

    AssetDirs dirs =
        AssetDirs.withOverrides(Optional.of(content), Optional.of(templates), Optional.empty());
    Booklets booklets = Booklets.open(dirs);
    String xhtml = TestBooklets.xhtml(booklets, TestBooklets.sample(), TestBooklets.options());
    FontLibrary fonts = FontLibrary.load(dirs.fonts(), Repertoire.of(dirs));
    assertTrue(fonts.fitsRepertoire(xhtml), "the booklet should use the trimmed fonts");
    String text = TestBooklets.text(render(fonts, xhtml));
    assertTrue(
        text.contains("ДЛЯ ВЫПУСКНИКА →"),
        "upper-cased Cyrillic and the escaped arrow print: "
            + text.substring(0, Math.min(300, text.length())));
  }

  /**
   * A font descriptor from a trimmed face says what the full face's says (cap and x-height too).
   */
  @Test
  void fontDescriptorsMatchTheFullFaces() throws IOException {
    String xhtml =
        TestBooklets.xhtml(TestBooklets.get(), TestBooklets.sample(), TestBooklets.options());
    assertEquals(descriptors(render(full, xhtml)), descriptors(render(trimmed, xhtml)));
  }

  private static Map<String, String> descriptors(byte[] pdf) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          PDFontDescriptor d = font.getFontDescriptor();
          out.put(
              font.getName().substring(7),
              "cap="
                  + d.getCapHeight()
                  + " x="
                  + d.getXHeight()
                  + " ascent="
                  + d.getAscent()
                  + " descent="
                  + d.getDescent()
                  + " flags="
                  + d.getFlags()
                  + " stemV="
                  + d.getStemV()
                  + " weight="
                  + d.getFontWeight());
        }
      }
    }
    assertFalse(out.isEmpty());
    return out;
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return to;
  }
}
