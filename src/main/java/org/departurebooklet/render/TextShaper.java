package org.departurebooklet.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.departurebooklet.BookletException;

/**
 * Shapes text in the scripts that cannot be printed a character at a time: Devanagari (Nepali) and
 * Myanmar (Burmese), whose letters join into conjuncts, whose vowel signs are drawn before the
 * consonant they follow, and whose marks are placed by the font. OpenHTMLtoPDF draws one glyph per
 * character, so text in these scripts goes through the JDK's own text layout instead: {@link
 * Font#layoutGlyphVector} runs HarfBuzz inside OpenJDK (since JDK 9) over the face's GSUB and GPOS
 * tables, and gives glyph ids and positions of the same font file the PDF embeds. Every other
 * script keeps OpenHTMLtoPDF's path, which is faster.
 *
 * <p>Thread-safe and shared by every render: each face's {@link Font} is made once, on first use,
 * and shapes are remembered by face and text (a booklet measures each word several times while it
 * breaks lines, and a batch prints the same words in every booklet).
 */
final class TextShaper {

  /**
   * The size text is laid out at: positions then come in thousandths of an em, PDF's glyph space.
   */
  private static final float EM = 1000f;

  /** Unhinted and unrounded: the layout of the outlines, not of a screen's pixels. */
  private static final FontRenderContext OUTLINES = new FontRenderContext(null, true, true);

  /** Shapes kept before the memory is cleared (a booklet has a few thousand distinct words). */
  private static final int REMEMBERED = 50_000;

  private record Key(int face, String text) {}

  private final List<FontLibrary.Face> faces;
  private final List<byte[]> bytes;
  private final Font[] fonts;
  private final Map<Key, ShapedText> shapes = new ConcurrentHashMap<>();

  TextShaper(List<FontLibrary.Face> faces, List<byte[]> bytes) {
    this.faces = List.copyOf(faces);
    this.bytes = List.copyOf(bytes);
    this.fonts = new Font[faces.size()];
  }

  /** Whether {@code text} holds a character of a script that must be shaped. */
  static boolean needsShaping(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (isShaped(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a character belongs to a script that is shaped (all of them lie in the BMP). */
  static boolean isShaped(int c) {
    return (c >= 0x0900 && c <= 0x097F) // Devanagari
        || (c >= 0xA8E0 && c <= 0xA8FF) // Devanagari Extended
        || (c >= 0x1CD0 && c <= 0x1CFF) // Vedic Extensions
        || (c >= 0x1000 && c <= 0x109F) // Myanmar
        || (c >= 0xA9E0 && c <= 0xA9FF) // Myanmar Extended-B
        || (c >= 0xAA60 && c <= 0xAA7F); // Myanmar Extended-A
  }

  /**
   * The face of fonts.yaml with this family and weight that can shape, or -1: a face inside a
   * collection (.ttc) is not shaped.
   */
  int face(String family, int weight) {
    for (int i = 0; i < faces.size(); i++) {
      FontLibrary.Face face = faces.get(i);
      if (face.family().equals(family) && face.weight() == weight && face.name() == null) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The shape of {@code text} in a face; null when the face lacks a glyph for some character of it
   * (the text is then printed unshaped, as it would have been).
   */
  ShapedText shape(int face, String text) {
    Key key = new Key(face, text);
    ShapedText known = shapes.get(key);
    if (known != null) {
      return known;
    }
    ShapedText shaped = layout(font(face), text);
    if (shaped != null) {
      if (shapes.size() >= REMEMBERED) {
        shapes.clear();
      }
      shapes.put(key, shaped);
    }
    return shaped;
  }

  private static ShapedText layout(Font font, String text) {
    char[] chars = text.toCharArray();
    GlyphVector vector =
        font.layoutGlyphVector(OUTLINES, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
    int count = vector.getNumGlyphs();
    int[] glyphs = new int[count];
    float[] x = new float[count];
    float[] y = new float[count];
    int[] clusters = new int[count];
    int kept = 0;
    for (int i = 0; i < count; i++) {
      int cluster = vector.getGlyphCharIndex(i);
      if (Character.getType(chars[cluster]) == Character.FORMAT) {
        continue; // a joiner (ZWJ, ZWNJ) has done its work in shaping; its glyph is an empty space
      }
      int glyph = vector.getGlyphCode(i);
      if (!GlyphIdFont.drawable(glyph)) {
        return null; // .notdef, or an id a PDF string cannot carry
      }
      Point2D at = vector.getGlyphPosition(i);
      glyphs[kept] = glyph;
      x[kept] = (float) at.getX();
      y[kept] = (float) at.getY();
      clusters[kept] = cluster;
      kept++;
    }
    float advance = (float) vector.getGlyphPosition(count).getX();
    return new ShapedText(
        Arrays.copyOf(glyphs, kept),
        Arrays.copyOf(x, kept),
        Arrays.copyOf(y, kept),
        Arrays.copyOf(clusters, kept),
        advance);
  }

  private Font font(int face) {
    synchronized (fonts) {
      if (fonts[face] == null) {
        try {
          fonts[face] =
              Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes.get(face)))
                  .deriveFont(EM);
        } catch (FontFormatException e) {
          throw new BookletException(
              BookletException.Kind.MISSING_ASSET,
              "fonts/" + faces.get(face).file() + " cannot be shaped: " + e.getMessage(),
              e);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return fonts[face];
    }
  }
}
