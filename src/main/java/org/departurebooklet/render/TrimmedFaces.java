package org.departurebooklet.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Copies of the faces cut down to a repertoire: the characters the content and templates can print,
 * plus Latin and kana for names (see {@link Repertoire}). PDFBox builds a width table over every
 * glyph of a font each time it loads it into a document, and BIZ UDPGothic has 13,932 glyphs where
 * a booklet needs under two thousand; a booklet whose text lies in the repertoire embeds from these
 * copies and prints pixel-identical pages. A face of a shaped script (Devanagari) is kept whole:
 * its text is drawn by glyph id (see {@link TextShaper}).
 *
 * <p>Thread-safe: each copy is made once, on first use, under its face's lock.
 */
final class TrimmedFaces {

  /** Tables a trimmed face keeps: what PDFBox embeds, and what layout and embedding read. */
  private static final List<String> TABLES =
      List.of(
          "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "cmap",
          "name", "OS/2", "post");

  /**
   * A face cut down to the repertoire (kept glyphs keep their outlines and widths); no bytes for a
   * face that is kept whole.
   */
  private record Trimmed(byte[] bytes, HeightFix heights) {
    static final Trimmed WHOLE = new Trimmed(null, HeightFix.NONE);
  }

  private final IntFunction<TrueTypeFont> parseFull;

  /** Characters the trimmed faces hold (empty when there are none), possibly still being read. */
  private final CompletableFuture<BitSet> repertoire;

  private final Trimmed[] faces;
  private final Object[] locks;

  /**
   * @param count how many faces there are
   * @param parseFull parses the full face of an index (a new parse each call)
   */
  TrimmedFaces(
      int count, IntFunction<TrueTypeFont> parseFull, CompletableFuture<BitSet> repertoire) {
    this.parseFull = parseFull;
    this.repertoire = repertoire;
    this.faces = new Trimmed[count];
    this.locks = new Object[count];
    Arrays.setAll(locks, i -> new Object());
  }

  /** Whether every character of these texts (as written, not markup) lies in the repertoire. */
  boolean fit(List<String> texts) {
    BitSet set = repertoire();
    return !set.isEmpty()
        && texts.stream().allMatch(t -> t.codePoints().allMatch(cp -> cp <= 0xFFFF && set.get(cp)));
  }

  /**
   * Whether every character of XHTML {@code text} is in the repertoire, those written as numeric
   * character references ({@code &#39;}) or CSS escapes ({@code "\2192"}) included: the check that
   * a booklet's whole markup fits, which tests make of every edition.
   */
  boolean fitMarkup(String text) {
    BitSet set = repertoire();
    if (set.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&' && text.startsWith("&#", i)) {
        int end = text.indexOf(';', i);
        if (end < 0 || !set.get(referencedCodePoint(text.substring(i + 2, end)))) {
          return false;
        }
        i = end;
      } else if (c == '\\') {
        int end = i + 1;
        while (end < text.length() && end - i <= 6 && HexFormat.isHexDigit(text.charAt(end))) {
          end++;
        }
        if (end > i + 1 && !set.get(hexCodePoint(text.substring(i + 1, end)))) {
          return false;
        }
      } else if (c >= 0x7F && (Character.isSurrogate(c) || !set.get(c))) {
        return false; // ASCII below is most of any booklet, and all of its markup
      }
    }
    return true;
  }

  /** The repertoire, once read; its reading's failure (an unreadable asset) is thrown here. */
  private BitSet repertoire() {
    try {
      return repertoire.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** The code point of a reference's digits ("39" or "x27"), or one no repertoire holds. */
  private static int referencedCodePoint(String digits) {
    if (digits.startsWith("x") || digits.startsWith("X")) {
      return hexCodePoint(digits.substring(1));
    }
    if (digits.isEmpty()
        || digits.length() > 7
        || !digits.chars().allMatch(d -> d >= '0' && d <= '9')) {
      return Integer.MAX_VALUE;
    }
    int cp = Integer.parseInt(digits);
    return cp <= 0xFFFF ? cp : Integer.MAX_VALUE;
  }

  /** The code point of hexadecimal digits, or one no repertoire holds. */
  private static int hexCodePoint(String hex) {
    if (hex.isEmpty() || hex.length() > 6 || !hex.chars().allMatch(HexFormat::isHexDigit)) {
      return Integer.MAX_VALUE;
    }
    int cp = HexFormat.fromHexDigits(hex);
    return cp <= 0xFFFF ? cp : Integer.MAX_VALUE;
  }

  /**
   * A new parse of face {@code i}'s trimmed copy (or of the face, when it is kept whole), GSUB off.
   */
  TrueTypeFont parse(int i) {
    byte[] bytes = trimmed(i).bytes();
    if (bytes == null) {
      return parseFull.apply(i);
    }
    try {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
      font.setEnableGsub(false);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("the trimmed copy of face " + i + " does not parse", e);
    }
  }

  HeightFix heights(int i) {
    return trimmed(i).heights();
  }

  private Trimmed trimmed(int i) {
    synchronized (locks[i]) {
      if (faces[i] == null) {
        try {
          TrueTypeFont full = parseFull.apply(i);
          if (shapes(full)) {
            faces[i] = Trimmed.WHOLE;
            return faces[i];
          }
          TTFSubsetter subsetter = new TTFSubsetter(full, TABLES);
          repertoire().stream().forEach(subsetter::add);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          subsetter.writeToStream(out);
          faces[i] = new Trimmed(out.toByteArray(), HeightFix.of(full));
        } catch (IOException e) {
          throw new UncheckedIOException("face " + i + " cannot be trimmed", e);
        }
      }
      return faces[i];
    }
  }

  /**
   * Whether a face draws a script that is shaped ({@link TextShaper}): such a face is kept whole,
   * because shaping draws glyphs no character maps to (conjuncts), by their ids in the full face.
   */
  private static boolean shapes(TrueTypeFont font) throws IOException {
    CmapLookup cmap = font.getUnicodeCmapLookup();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (TextShaper.isShaped(c) && cmap.getGlyphId(c) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cap height and x-height a face's font descriptor must carry. FontBox's subsetter writes the
   * 78 bytes of an OS/2 table of version 0 but keeps the original version number, so PDFBox reads a
   * trimmed face's cap height and x-height from the bytes of the next table. The full face's
   * values, computed the way PDFBox computes them, are put back after loading.
   */
  record HeightFix(float capHeight, float xHeight) {
    static final HeightFix NONE = new HeightFix(Float.NaN, Float.NaN);

    /** The values PDFBox writes for the full face, when it takes them from the OS/2 table. */
    static HeightFix of(TrueTypeFont full) {
      try {
        OS2WindowsMetricsTable os2 = full.getOS2Windows();
        if (os2 == null || os2.getVersion() < 1.2) {
          return NONE; // PDFBox measures "H" and "x" instead, and their outlines are kept
        }
        float scaling = 1000f / full.getHeader().getUnitsPerEm();
        return new HeightFix(os2.getCapHeight() * scaling, os2.getHeight() * scaling);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void apply(PDFontDescriptor descriptor) {
      if (!Float.isNaN(capHeight) && descriptor != null) {
        descriptor.setCapHeight(capHeight);
        descriptor.setXHeight(xHeight);
      }
    }
  }
}
