package org.departurebooklet.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The shaped runs of a PDF as a reader finds them: every marked-content span with an actual text,
 * with the glyphs shown inside it (their codes, which are glyph ids in our Identity-H fonts) and
 * where each one starts on the page, in points.
 */
final class ShapedRuns {

  /**
   * A span: its actual text, the face and size its glyphs are shown in, the glyphs and where they
   * start.
   */
  record Run(String text, String font, float size, List<Integer> glyphs, List<Float> x, int page) {}

  private ShapedRuns() {}

  static List<Run> of(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Reader reader = new Reader();
      reader.getText(doc);
      return reader.runs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A word as HarfBuzz lays it out (through the JDK's text layout), in thousandths of an em. */
  record Layout(List<Integer> glyphs, List<Float> x) {}

  /**
   * How HarfBuzz lays out {@code text} in a font of fonts/, read straight from the JDK: the glyphs
   * in drawing order, without the empty ones of joiners (ZWJ, ZWNJ), and where each one goes.
   */
  static Layout harfBuzz(String file, String text) {
    try {
      Font font =
          Font.createFont(Font.TRUETYPE_FONT, Path.of("fonts", file).toFile()).deriveFont(1000f);
      char[] chars = text.toCharArray();
      GlyphVector vector =
          font.layoutGlyphVector(
              new FontRenderContext(null, true, true),
              chars,
              0,
              chars.length,
              Font.LAYOUT_LEFT_TO_RIGHT);
      List<Integer> glyphs = new ArrayList<>();
      List<Float> x = new ArrayList<>();
      for (int i = 0; i < vector.getNumGlyphs(); i++) {
        if (Character.getType(chars[vector.getGlyphCharIndex(i)]) != Character.FORMAT) {
          glyphs.add(vector.getGlyphCode(i));
          x.add((float) vector.getGlyphPosition(i).getX());
        }
      }
      return new Layout(glyphs, x);
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException(file + " does not load as a font", e);
    }
  }

  private static final class Reader extends PDFTextStripper {
    final List<Run> runs = new ArrayList<>();
    private final Deque<Boolean> spans = new ArrayDeque<>();
    private String text;
    private String font;
    private float size;
    private List<Integer> glyphs;
    private List<Float> x;

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
      String actual = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
      spans.push(actual != null);
      if (actual != null) {
        text = actual;
        font = null;
        glyphs = new ArrayList<>();
        x = new ArrayList<>();
      }
      super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
      if (!spans.isEmpty() && spans.pop()) {
        runs.add(
            new Run(text, font, size, List.copyOf(glyphs), List.copyOf(x), getCurrentPageNo()));
        text = null;
      }
      super.endMarkedContentSequence();
    }

    @Override
    protected void showGlyph(Matrix matrix, PDFont pdFont, int code, Vector displacement)
        throws IOException {
      if (text != null) {
        font = pdFont.getName().replaceFirst("^[A-Z]{6}\\+", "");
        glyphs.add(code);
        x.add(matrix.getTranslateX());
        size = matrix.getScalingFactorX();
      }
      super.showGlyph(matrix, pdFont, code, displacement);
    }
  }
}
