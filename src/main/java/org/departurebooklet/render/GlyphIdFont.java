package org.departurebooklet.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A view of an embedded {@link PDType0Font} whose "characters" are glyph ids: {@code showText}
 * writes each char of the string as that glyph's two-byte code. Shaping yields glyphs that no
 * character maps to (conjuncts, half forms, vowel-sign variants), and PDFBox offers no public way
 * to show a glyph id; through this view OpenHTMLtoPDF's own {@code drawStringFast} draws them, with
 * its colour, fake bold and text matrix.
 *
 * <p>The view wraps the font dictionary of a {@link PDType0Font} that only it draws with, so it is
 * the font PDFBox subsets when the document is saved ({@link PDFont#equals} compares dictionaries).
 * Subsetting then also completes the font's ToUnicode map: PDFBox maps only the glyphs the font's
 * cmap maps, and PDF/A-2u and PDF/UA-1 require a Unicode value for every glyph shown, so each glyph
 * no character maps to is mapped to the characters it was drawn for ({@link #name}). Text
 * extraction still prefers the span's {@code /ActualText}, which has the characters in their order.
 *
 * <p>Not thread-safe: one per face and document.
 */
final class GlyphIdFont extends PDFont {

  /** Entries per bfchar block of a CMap (the limit of the CMap format). */
  private static final int BLOCK = 100;

  private final PDType0Font font;
  private final CmapLookup cmap;

  /** Glyphs the cmap does not map, with the characters they were drawn for. */
  private final Map<Integer, String> names = new TreeMap<>();

  GlyphIdFont(PDType0Font font) {
    super(font.getCOSObject());
    this.font = font;
    this.cmap = font.getCmapLookup();
  }

  /** The text that draws these glyphs through this view: one char per glyph id. */
  static String text(int[] glyphs, int from, int to) {
    char[] chars = new char[to - from];
    for (int i = from; i < to; i++) {
      chars[i - from] = (char) glyphs[i];
    }
    return new String(chars);
  }

  /**
   * Whether a glyph id can be written as one char of {@link #text}: PDFBox reads the string by code
   * point, so ids in the surrogate range (fonts with over 55,000 glyphs) cannot.
   */
  static boolean drawable(int glyph) {
    return glyph > 0 && glyph <= 0xFFFF && !Character.isSurrogate((char) glyph);
  }

  /**
   * Records what the glyphs of a shaped run stand for, for the ToUnicode map. In each cluster, a
   * glyph the cmap maps stands for its character; a glyph it does not map (a conjunct such as क्ष)
   * stands for the cluster's other characters. The first run to draw a glyph names it.
   */
  void name(ShapedText shape, String text) {
    for (int i = 0; i < shape.size(); i++) {
      int glyph = shape.glyphs()[i];
      if (names.containsKey(glyph) || cmap.getCharCodes(glyph) != null) {
        continue;
      }
      int cluster = shape.clusters()[i];
      int end = text.length();
      for (int c : shape.clusters()) {
        if (c > cluster && c < end) {
          end = c;
        }
      }
      StringBuilder rest = new StringBuilder(text.substring(cluster, end));
      for (int j = 0; j < shape.size(); j++) {
        List<Integer> codes =
            shape.clusters()[j] == cluster ? cmap.getCharCodes(shape.glyphs()[j]) : null;
        int at = codes == null ? -1 : rest.indexOf(new String(Character.toChars(codes.get(0))));
        if (at >= 0) {
          rest.delete(at, at + Character.charCount(codes.get(0)));
        }
      }
      names.put(glyph, rest.length() > 0 ? rest.toString() : text.substring(cluster, end));
    }
  }

  @Override
  protected byte[] encode(int glyph) {
    return font.encodeGlyphId(glyph);
  }

  @Override
  public void addToSubset(int glyph) {
    font.addGlyphsToSubset(Set.of(glyph));
  }

  @Override
  public boolean willBeSubset() {
    return font.willBeSubset();
  }

  @Override
  public void subset() throws IOException {
    font.subset();
    if (names.isEmpty()
        || !(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE)
            instanceof COSStream map)) {
      return;
    }
    String written;
    try (InputStream in = map.createInputStream()) {
      written = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    int end = written.lastIndexOf("endcmap");
    if (end < 0) {
      throw new IOException("the ToUnicode map PDFBox wrote for " + getName() + " has no endcmap");
    }
    try (OutputStream out = map.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(
          (written.substring(0, end) + bfchar() + written.substring(end))
              .getBytes(StandardCharsets.US_ASCII));
    }
  }

  /** The named glyphs as bfchar blocks of a CMap. */
  private String bfchar() {
    StringBuilder cmapText = new StringBuilder();
    HexFormat hex = HexFormat.of().withUpperCase();
    List<Map.Entry<Integer, String>> entries = List.copyOf(names.entrySet());
    for (int from = 0; from < entries.size(); from += BLOCK) {
      List<Map.Entry<Integer, String>> block =
          entries.subList(from, Math.min(entries.size(), from + BLOCK));
      cmapText.append(block.size()).append(" beginbfchar\n");
      for (Map.Entry<Integer, String> entry : block) {
        cmapText
            .append('<')
            .append(hex.toHexDigits((short) (int) entry.getKey()))
            .append("> <")
            .append(hex.formatHex(entry.getValue().getBytes(StandardCharsets.UTF_16BE)))
            .append(">\n");
      }
      cmapText.append("endbfchar\n");
    }
    return cmapText.toString();
  }

  @Override
  public String getName() {
    // Called by PDFont's constructor, before this class's fields are set.
    return getCOSObject().getNameAsString(COSName.BASE_FONT);
  }

  @Override
  public PDFontDescriptor getFontDescriptor() {
    return font.getFontDescriptor(); // the descendant's: a Type 0 dictionary has none of its own
  }

  @Override
  public int readCode(InputStream in) throws IOException {
    return font.readCode(in);
  }

  @Override
  public float getWidth(int glyph) throws IOException {
    return font.getWidth(glyph); // the code is the CID, which is the glyph id (Identity-H)
  }

  @Override
  public float getWidthFromFont(int glyph) throws IOException {
    return font.getWidthFromFont(glyph);
  }

  @Override
  public boolean hasExplicitWidth(int glyph) throws IOException {
    return font.hasExplicitWidth(glyph);
  }

  @Override
  public float getHeight(int glyph) throws IOException {
    return font.getHeight(glyph);
  }

  @Override
  public Vector getDisplacement(int glyph) throws IOException {
    return font.getDisplacement(glyph);
  }

  @Override
  public Vector getPositionVector(int glyph) {
    return font.getPositionVector(glyph);
  }

  @Override
  protected float getStandard14Width(int code) {
    throw new UnsupportedOperationException("not a standard 14 font");
  }

  @Override
  public Matrix getFontMatrix() {
    return font.getFontMatrix();
  }

  @Override
  public BoundingBox getBoundingBox() throws IOException {
    return font.getBoundingBox();
  }

  @Override
  public float getAverageFontWidth() {
    return font.getAverageFontWidth();
  }

  @Override
  public boolean isVertical() {
    return false;
  }

  @Override
  public boolean isEmbedded() {
    return true;
  }

  @Override
  public boolean isDamaged() {
    return false;
  }
}
