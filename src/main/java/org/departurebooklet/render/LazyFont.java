package org.departurebooklet.render;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Embeds a shared parsed font into one document the first time the renderer asks for it, so a face
 * no glyph of the booklet needs is never loaded into it. One per face and document; not thread-safe
 * (a document is rendered on one thread).
 */
final class LazyFont extends PDFontSupplier {
  private final PDDocument doc;
  private final Supplier<TrueTypeFont> font;
  private final Supplier<TrimmedFaces.HeightFix> heights;
  private PDType0Font loaded;

  LazyFont(PDDocument doc, Supplier<TrueTypeFont> font, Supplier<TrimmedFaces.HeightFix> heights) {
    super(null);
    this.doc = doc;
    this.font = font;
    this.heights = heights;
  }

  @Override
  public PDType0Font supply() {
    if (loaded == null) {
      try {
        loaded = PDType0Font.load(doc, font.get(), true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      heights.get().apply(loaded.getFontDescriptor());
    }
    return loaded;
  }
}
