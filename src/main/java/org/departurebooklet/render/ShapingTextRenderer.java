package org.departurebooklet.render;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.pdfboxout.PdfContentStreamAdapter;
import com.openhtmltopdf.render.AbstractOutputDevice;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * OpenHTMLtoPDF's text renderer, measuring and drawing text in the scripts that must be shaped
 * ({@link TextShaper}) as shaped glyphs; all other text takes the inherited path unchanged.
 *
 * <p>OpenHTMLtoPDF has no hook for a shaper. Its layout measures text through the shared context's
 * text renderer ({@link #getWidth}) and paints it through {@link #drawString}, which hands it to
 * the output device; {@link PdfRenderer} replaces the context's {@link PdfBoxTextRenderer} with
 * this subclass after building the renderer, before layout. Only these three methods are
 * overridden, and what they rely on is public: {@link PdfBoxOutputDevice#drawStringFast} draws each
 * stretch of glyphs (with OpenHTMLtoPDF's own colour, fake bold and text matrix) through a {@link
 * GlyphIdFont}, and {@link PdfContentStreamAdapter#beginMarkedContent} wraps every shaped run in a
 * marked-content span whose {@code /ActualText} is the run's text, so copying and text extraction
 * give the characters back, not the glyphs ({@link ActualTextSpans} moves it inline for poppler).
 * {@code ShapingTextRendererTest} fails if an upgrade of OpenHTMLtoPDF changes what this relies on.
 *
 * <p>A run is the part of a string set in one face, split where OpenHTMLtoPDF splits it (the first
 * face of the font-family list that has the character), except that vowel signs, other marks and
 * joiners stay in the face of the letter before them, so a cluster is never cut in two.
 *
 * <p>A character whose face draws it with a glyph it also draws another character with (NanumGothic
 * draws U+30FB KATAKANA MIDDLE DOT with the glyph of U+00B7 MIDDLE DOT, and 金 with that of ⾦ U+2FA6
 * KANGXI RADICAL GOLD) would read back as that other character: a PDF's ToUnicode map names one
 * character per glyph, and PDFBox writes the first the face's cmap gives, the lowest. Such a
 * character is drawn as a run of its own inside a span whose actual text is the character, in any
 * script; text with neither shaping nor such a character takes the inherited path unchanged.
 *
 * <p>Not thread-safe: one per render, like the renderer it belongs to.
 */
final class ShapingTextRenderer extends PdfBoxTextRenderer {

  /**
   * How far (in thousandths of an em) a glyph may sit from where the previous one ends and still
   * follow it.
   */
  private static final float SLACK = 0.5f;

  private static final COSName SPAN = COSName.getPDFName("Span");
  private static final int ZWNJ = 0x200C;
  private static final int ZWJ = 0x200D;

  /**
   * The part of a string set in one face, with its shape when it is shaped; {@code misread} when it
   * is one character that its glyph would read back as another.
   */
  private record Run(String text, FontDescription face, ShapedText shape, boolean misread) {}

  private final TextShaper shaper;
  private final Map<FontDescription, Integer> faces = new IdentityHashMap<>();
  private final Map<FontDescription, GlyphFace> glyphFaces = new IdentityHashMap<>();

  ShapingTextRenderer(TextShaper shaper) {
    this.shaper = shaper;
  }

  @Override
  public int getWidth(FontContext context, FSFont font, String string) {
    // Unprintable characters are only ever removed, so a string with nothing to shape is passed on
    // before the printable copy is made (the inherited path makes its own).
    if (string == null || !TextShaper.needsShaping(string)) {
      return super.getWidth(context, font, string);
    }
    String text = TextRenderer.getEffectivePrintableString(string);
    List<Run> runs = TextShaper.needsShaping(text) ? runs((PdfBoxFSFont) font, text) : null;
    if (runs == null) {
      return super.getWidth(context, font, string);
    }
    float width = 0;
    for (Run run : runs) {
      width += advance(run);
    }
    width *= font.getSize2D() / 1000f;
    // Rounded as OpenHTMLtoPDF rounds the widths it measures.
    return width - Math.floor(width) < 0.01f ? (int) width : (int) Math.ceil(width);
  }

  @Override
  public void drawString(OutputDevice device, String string, float x, float y) {
    drawString(device, string, x, y, null);
  }

  @Override
  public void drawString(
      OutputDevice device, String string, float x, float y, JustificationInfo info) {
    // ASCII never reads back as another character (it has the lowest codes of its glyphs, and the
    // fonts' control codes map to no glyph: ControlCodeCmapsTest), so it takes the inherited path
    // at once, as does any text that needs neither shaping nor a span of its own.
    if (string == null || !TextShaper.needsShaping(string) && isAscii(string)) {
      super.drawString(device, string, x, y, info);
      return;
    }
    String text = TextRenderer.getEffectivePrintableString(string);
    PdfBoxOutputDevice out = (PdfBoxOutputDevice) device;
    PdfBoxFSFont font = currentFont(out);
    List<Run> runs = font == null ? null : runs(font, text);
    if (runs == null || !TextShaper.needsShaping(text) && runs.stream().noneMatch(Run::misread)) {
      super.drawString(device, string, x, y, info);
      return;
    }
    float size = font.getSize2D();
    float offset = 0;
    PdfContentStreamAdapter page = out.getCurrentPage();
    for (Run run : runs) {
      if (run.shape() != null) {
        drawShaped(out, run, x + offset, y, info, size);
      } else if (run.misread()) {
        page.beginMarkedContent(SPAN, actualText(run.text()));
        out.drawStringFast(run.text(), x + offset, y, info, run.face(), size);
        page.endMarkedContent();
      } else {
        out.drawStringFast(run.text(), x + offset, y, info, run.face(), size);
      }
      offset += advance(run) * size / 1000f + spacing(run.text(), run.text().length(), info);
    }
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * The font being drawn with: the device was just given it, from the style whose font
   * specification it also holds, and the resolver gives the same faces for that specification.
   */
  private static PdfBoxFSFont currentFont(PdfBoxOutputDevice out) {
    SharedContext shared = out.getSharedContext();
    return (PdfBoxFSFont)
        shared
            .getFontResolver()
            .resolveFont(shared, ((AbstractOutputDevice) out).getFontSpecification());
  }

  /**
   * A shaped run: its glyphs in stretches that each follow on from the previous glyph's advance (a
   * new stretch, at its own position, where the font moved a glyph: a mark placed by GPOS, a kerned
   * pair), all inside one span whose actual text is the run's characters.
   */
  private void drawShaped(
      PdfBoxOutputDevice out, Run run, float x, float y, JustificationInfo info, float size) {
    ShapedText shape = run.shape();
    GlyphFace face = glyphFaces.computeIfAbsent(run.face(), real -> GlyphFace.of(out, real));
    face.font().name(shape, run.text());
    float scale = size / 1000f;
    PdfContentStreamAdapter page = out.getCurrentPage();
    page.beginMarkedContent(SPAN, actualText(run.text()));
    int start = 0;
    float startX = 0;
    float end = 0;
    for (int i = 0; i <= shape.size(); i++) {
      float glyphX =
          i < shape.size()
              ? shape.x()[i] + spacing(run.text(), shape.clusters()[i], info) / scale
              : 0;
      boolean follows =
          i > start
              && i < shape.size()
              && Math.abs(glyphX - end) <= SLACK
              && shape.y()[i] == shape.y()[start];
      if (i > start && !follows) {
        out.drawStringFast(
            GlyphIdFont.text(shape.glyphs(), start, i),
            x + startX * scale,
            y + shape.y()[start] * scale,
            null,
            face.description(),
            size);
        start = i;
      }
      if (i == start) {
        startX = glyphX;
        end = glyphX;
      }
      if (i < shape.size()) {
        end += width(face.font(), shape.glyphs()[i]);
      }
    }
    page.endMarkedContent();
  }

  /** The property list of a span whose actual text is {@code text}. */
  private static COSDictionary actualText(String text) {
    COSDictionary list = new COSDictionary();
    list.setString(COSName.ACTUAL_TEXT, text);
    return list;
  }

  /**
   * A face as shaped text draws it: a {@link GlyphIdFont} over a copy of OpenHTMLtoPDF's font of
   * the face, loaded into the document from the same parsed font file, so that only the view draws
   * with it and its subset gets the view's ToUnicode entries. (OpenHTMLtoPDF's own copy is drawn
   * with only if a character outside the shaped scripts falls to this face, and is then embedded as
   * well.)
   */
  private record GlyphFace(GlyphIdFont font, FontDescription description) {
    static GlyphFace of(PdfBoxOutputDevice out, FontDescription real) {
      TrueTypeFont file =
          ((PDCIDFontType2) ((PDType0Font) real.getFont()).getDescendantFont()).getTrueTypeFont();
      try {
        GlyphIdFont font = new GlyphIdFont(PDType0Font.load(out.getWriter(), file, true));
        return new GlyphFace(font, new FontDescription(font, real.getStyle(), real.getWeight()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A glyph's advance in the PDF: its entry in the embedded font's widths. */
  private static float width(PDFont font, int glyph) {
    try {
      return font.getWidth(glyph); // a Type 0 font's code is the CID, which is the glyph id
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The extra space justification or letter-spacing puts before the char at {@code end}, counted as
   * OpenHTMLtoPDF counts it: per code point, spaces and others apart.
   */
  private static float spacing(String text, int end, JustificationInfo info) {
    if (info == null) {
      return 0;
    }
    float extra = 0;
    for (int i = 0; i < end; ) {
      int cp = text.codePointAt(i);
      extra += isJustificationSpace(cp) ? info.getSpaceAdjust() : info.getNonSpaceAdjust();
      i += Character.charCount(cp);
    }
    return extra;
  }

  /** A run's width in thousandths of an em. */
  private static float advance(Run run) {
    if (run.shape() != null) {
      return run.shape().advance();
    }
    try {
      return run.face().getFont().getStringWidth(run.text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The runs of {@code text}, or null when a character is in no face (OpenHTMLtoPDF then replaces
   * it). A character its glyph would misread is a run of its own, unless it is in a shaped script
   * (a shaped run carries its actual text already).
   */
  private List<Run> runs(PdfBoxFSFont font, String text) {
    List<FontDescription> faceList = font.getFontDescriptions();
    List<Run> runs = new ArrayList<>();
    FontDescription current = null;
    boolean alone = false;
    int start = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      FontDescription face =
          current != null && joinsPrevious(cp) && covers(current, cp)
              ? current
              : first(faceList, cp);
      if (face == null) {
        return null;
      }
      boolean misread = !TextShaper.isShaped(cp) && misreads(face, cp);
      if (face != current || misread || alone) {
        if (current != null) {
          runs.add(run(text.substring(start, i), current, alone));
        }
        current = face;
        start = i;
      }
      alone = misread;
      i += Character.charCount(cp);
    }
    if (current != null) {
      runs.add(run(text.substring(start), current, alone));
    }
    return runs;
  }

  private Run run(String text, FontDescription face, boolean misread) {
    if (misread || !TextShaper.needsShaping(text)) {
      return new Run(text, face, null, misread);
    }
    int index =
        faces.computeIfAbsent(
            face, f -> f.getFamily() == null ? -1 : shaper.face(f.getFamily(), f.getWeight()));
    return new Run(text, face, index < 0 ? null : shaper.shape(index, text), false);
  }

  /**
   * Whether the face draws {@code cp} with a glyph whose ToUnicode entry will be another character:
   * the first the face's cmap gives for the glyph, as PDFBox writes it when it embeds the subset
   * ({@code PDCIDFontType2Embedder}, through the same lookup).
   */
  private static boolean misreads(FontDescription face, int cp) {
    CmapLookup cmap = ((PDType0Font) face.getFont()).getCmapLookup();
    List<Integer> codes = cmap.getCharCodes(cmap.getGlyphId(cp));
    return codes != null && !codes.isEmpty() && codes.get(0) != cp;
  }

  /** Whether a character belongs with the one before it: a vowel sign, a mark, a joiner. */
  private static boolean joinsPrevious(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || cp == ZWJ
        || cp == ZWNJ;
  }

  private static FontDescription first(List<FontDescription> faceList, int cp) {
    for (FontDescription face : faceList) {
      if (covers(face, cp)) {
        return face;
      }
    }
    return null;
  }

  private static boolean covers(FontDescription face, int cp) {
    return face.getFont() instanceof PDType0Font font && font.getCmapLookup().getGlyphId(cp) != 0;
  }
}
