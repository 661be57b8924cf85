package org.departurebooklet.render;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.departurebooklet.BookletException;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.content.ContentCheck;

/**
 * The booklet's fonts (fonts/fonts.yaml): read from disk once, parsed into FontBox
 * {@link TrueTypeFont}s with GSUB processing off (PDFBox's GSUB pass is slow and its ligatures break
 * text extraction), and registered with each render as lazily embedded subsets.
 *
 * <p>Each face also has a trimmed copy holding only the characters of a repertoire (what the
 * content and templates use, plus Latin and kana for names; see {@link Repertoire}). A booklet
 * whose text lies wholly inside the repertoire embeds from the trimmed copies: PDFBox builds a
 * width table over every glyph of a font each time it loads it into a document, and BIZ UDPGothic
 * has 13,932 glyphs where the booklet needs under two thousand. A booklet with a character outside
 * the repertoire (a name in kanji or hangul) embeds from the full faces. Which copy a booklet uses
 * depends only on its text, so the same booklet always gives the same bytes.
 *
 * <p>Thread-safe and meant to be shared by every render in the process. FontBox does not promise
 * that a parsed font may be used concurrently, so each render borrows a set of parsed faces of its
 * own ({@link #register}) and gives it back when its PDF is saved; sets are kept for the next render
 * on any thread, so there are never more sets than renders that ran at once, and a new thread (a
 * batch's pool, a replaced web worker) parses nothing again.
 */
public final class FontLibrary implements ContentCheck.Glyphs {

  /** One face of fonts.yaml; {@code name} picks a font inside a .ttc collection. */
  public record Face(String family, int weight, String file, String name) {}

  private record FacesFile(List<Face> faces) {}

  /** Tables a trimmed face keeps: what PDFBox embeds, and what layout and embedding read. */
  private static final List<String> TRIMMED_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ",
      "prep", "glyf", "hmtx", "fpgm", "gasp", "cmap", "name", "OS/2", "post");

  private final List<Face> faces;
  private final List<byte[]> bytes;
  private final Set<String> families;
  /** Characters the trimmed faces hold (empty when there are none), possibly still being read. */
  private final CompletableFuture<BitSet> repertoire;
  /** Each face's trimmed copy, made on first use (guarded by the face's lock). */
  private final TrimmedFace[] trimmedFaces;
  private final Object[] trimLocks;
  /** The full faces, for booklets with a character outside the repertoire. */
  private final FaceSet full = new FaceSet(false);
  /** The trimmed copies, for every other booklet. */
  private final FaceSet trimmed = new FaceSet(true);
  /**
   * Code points each family draws (any weight), up to {@link #LAST_CODE_POINT}; read the first
   * time a family is asked about, so a run that never meets Korean never parses the Korean font.
   */
  private final Map<String, BitSet> coverage = new ConcurrentHashMap<>();

  /** Coverage is recorded up to the end of plane 3 (all CJK ideographs); beyond it nothing prints. */
  static final int LAST_CODE_POINT = 0x3FFFF;

  private FontLibrary(List<Face> faces, List<byte[]> bytes, CompletableFuture<BitSet> repertoire) {
    this.faces = List.copyOf(faces);
    this.bytes = List.copyOf(bytes);
    this.repertoire = repertoire;
    this.trimmedFaces = new TrimmedFace[faces.size()];
    this.trimLocks = new Object[faces.size()];
    Arrays.setAll(trimLocks, i -> new Object());
    Set<String> names = new LinkedHashSet<>();
    faces.forEach(f -> names.add(f.family()));
    this.families = Collections.unmodifiableSet(names);
  }

  /** Loads the fonts listed in {@code fonts.yaml} of the given folder, with no trimmed copies. */
  public static FontLibrary load(Path fontsDir) {
    return load(fontsDir, new BitSet());
  }

  /**
   * Loads the fonts listed in {@code fonts.yaml} of the given folder; booklets whose characters all
   * lie in {@code repertoire} embed from copies trimmed to it.
   */
  public static FontLibrary load(Path fontsDir, BitSet repertoire) {
    return load(fontsDir, CompletableFuture.completedFuture((BitSet) repertoire.clone()));
  }

  /**
   * The same, with a repertoire that may still be being read (by another thread while the rest
   * starts up); the first booklet waits for it.
   */
  public static FontLibrary load(Path fontsDir, CompletableFuture<BitSet> repertoire) {
    ObjectMapper yaml = YAMLMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    FacesFile file;
    try {
      file = yaml.readValue(AssetDirs.read(fontsDir, "fonts.yaml"), FacesFile.class);
    } catch (IOException e) {
      throw new BookletException(BookletException.Kind.MISSING_ASSET,
          "fonts.yaml in " + fontsDir.toUri() + " cannot be read: " + e.getMessage(), e);
    }
    List<byte[]> data = new ArrayList<>();
    for (Face face : file.faces()) {
      data.add(AssetDirs.read(fontsDir, face.file()));
    }
    return new FontLibrary(file.faces(), data, repertoire);
  }

  public List<Face> faces() {
    return faces;
  }

  /** The distinct family names, in fonts.yaml order. */
  @Override
  public Set<String> families() {
    return families;
  }

  /**
   * A set of parsed faces lent to one render; closing gives it back. Close it only once the
   * document is saved: PDFBox reads the faces again when it embeds their subsets.
   */
  public static final class Lease implements AutoCloseable {
    private final Deque<TrueTypeFont[]> home;
    private TrueTypeFont[] fonts;

    private Lease(Deque<TrueTypeFont[]> home, TrueTypeFont[] fonts) {
      this.home = home;
      this.fonts = fonts;
    }

    @Override
    public void close() {
      if (fonts != null) {
        home.push(fonts);
        fonts = null;
      }
    }
  }

  /**
   * Registers every face with a builder that renders {@code text} into {@code doc}; fonts embed
   * only if used, from the trimmed copies when all of {@code text} lies in the repertoire.
   *
   * @return the parsed faces lent to this render, to be closed after the document is saved
   */
  public Lease register(PdfRendererBuilder builder, PDDocument doc, String text) {
    FaceSet set = fitsRepertoire(text) ? trimmed : full;
    TrueTypeFont[] fonts = Objects.requireNonNullElseGet(set.idle.poll(), () -> new TrueTypeFont[faces.size()]);
    builder.useCacheStore(CacheStore.PDF_FONT_METRICS, set.metrics);
    for (int i = 0; i < faces.size(); i++) {
      Face face = faces.get(i);
      int index = i;
      builder.useFont(new LazyFont(doc, () -> {
        if (fonts[index] == null) {
          fonts[index] = set.parse(index);
        }
        return fonts[index];
      }, () -> set.heights(index)), face.family(), face.weight(), FontStyle.NORMAL, true);
    }
    return new Lease(set.idle, fonts);
  }

  /**
   * The full faces or their trimmed copies: the parsed sets not lent out (each face parsed on first
   * use: an English booklet never needs the Chinese font), and the faces' metrics as OpenHTMLtoPDF
   * reads them. Line heights need every family's metrics, even of a family no glyph of the booklet
   * is drawn from; remembered, they spare loading such a face into each document. Each set keeps
   * its own, so a booklet's layout never depends on which booklet came first.
   */
  private final class FaceSet {
    final Deque<TrueTypeFont[]> idle = new ConcurrentLinkedDeque<>();
    final FSDefaultCacheStore metrics = new FSDefaultCacheStore();
    private final boolean trimmedCopies;

    FaceSet(boolean trimmedCopies) {
      this.trimmedCopies = trimmedCopies;
    }

    TrueTypeFont parse(int face) {
      return trimmedCopies ? parseTrimmed(face) : FontLibrary.this.parse(face);
    }

    HeightFix heights(int face) {
      return trimmedCopies ? trimmedFace(face).heights() : HeightFix.NONE;
    }
  }

  /**
   * Whether every character of XHTML {@code text} is in the trimmed copies' repertoire, those
   * written as numeric character references ({@code &#39;}) included.
   */
  boolean fitsRepertoire(String text) {
    BitSet repertoire = repertoire();
    if (repertoire.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&' && text.startsWith("&#", i)) {
        int end = text.indexOf(';', i);
        if (end < 0 || !repertoire.get(referencedCodePoint(text.substring(i + 2, end)))) {
          return false;
        }
        i = end;
      } else if (c == '\\') {
        int end = i + 1;
        while (end < text.length() && end - i <= 6 && HexFormat.isHexDigit(text.charAt(end))) {
          end++;
        }
        if (end > i + 1 && !repertoire.get(hexCodePoint(text.substring(i + 1, end)))) {
          return false; // a CSS escape (content: "\2192") stands for its character
        }
      } else if (c >= 0x7F && (Character.isSurrogate(c) || !repertoire.get(c))) {
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
    if (digits.isEmpty() || digits.length() > 7 || !digits.chars().allMatch(d -> d >= '0' && d <= '9')) {
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

  private TrueTypeFont parseTrimmed(int i) {
    try {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(trimmedFace(i).bytes()));
      font.setEnableGsub(false);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("trimmed copy of fonts/" + faces.get(i).file() + " does not parse", e);
    }
  }

  /** A face cut down to the repertoire (kept glyphs keep their outlines and widths). */
  private record TrimmedFace(byte[] bytes, HeightFix heights) {}

  private TrimmedFace trimmedFace(int i) {
    synchronized (trimLocks[i]) {
      if (trimmedFaces[i] == null) {
        try {
          TrueTypeFont full = parse(i);
          TTFSubsetter subsetter = new TTFSubsetter(full, TRIMMED_TABLES);
          repertoire().stream().forEach(subsetter::add);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          subsetter.writeToStream(out);
          trimmedFaces[i] = new TrimmedFace(out.toByteArray(), HeightFix.of(full));
        } catch (IOException e) {
          throw new UncheckedIOException("fonts/" + faces.get(i).file() + " cannot be trimmed", e);
        }
      }
      return trimmedFaces[i];
    }
  }

  /** Whether a family (any weight) has a glyph for the code point. */
  public boolean covers(String family, int codePoint) {
    if (codePoint < 0 || codePoint > LAST_CODE_POINT || !families().contains(family)) {
      return false;
    }
    return coverage.computeIfAbsent(family, this::readCoverage).get(codePoint);
  }

  /** Reads a family's coverage from a parse of its faces that is then dropped (fonts are large). */
  private BitSet readCoverage(String family) {
    BitSet set = new BitSet();
    for (int i = 0; i < faces.size(); i++) {
      if (faces.get(i).family().equals(family)) {
        set.or(coverage(parse(i)));
      }
    }
    return set;
  }

  /**
   * The code points a face maps to a glyph, read from its Unicode cmap glyph by glyph: a few
   * thousand lookups instead of one per code point up to {@link #LAST_CODE_POINT}.
   */
  static BitSet coverage(TrueTypeFont font) {
    BitSet set = new BitSet();
    try {
      CmapLookup cmap = font.getUnicodeCmapLookup();
      for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
        List<Integer> codes = cmap.getCharCodes(gid);
        if (codes != null) {
          for (int cp : codes) {
            if (cp >= 0 && cp <= LAST_CODE_POINT) {
              set.set(cp);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return set;
  }

  /** The characters of {@code text} that none of {@code families} can draw (spaces aside). */
  @Override
  public Set<Integer> uncovered(String text, List<String> families) {
    Set<Integer> missing = new TreeSet<>();
    text.codePoints()
        .filter(cp -> !Character.isWhitespace(cp))
        .filter(cp -> families.stream().noneMatch(f -> covers(f, cp)))
        .forEach(missing::add);
    return missing;
  }

  /**
   * The CSS font-family list for {@code text}, which prints in bold: the first family in
   * {@code order} that draws all of it and has a bold face goes first, else the first that draws
   * all of it (so a name is set in one face, not a patchwork, and in real bold where there is one:
   * a hangul name takes NanumGothic Bold rather than WenQuanYi's one weight), then the rest in order.
   */
  public String stackFor(String text, List<String> order) {
    List<String> stack = new ArrayList<>(order);
    List<String> drawing = order.stream()
        .filter(family -> text.codePoints().filter(cp -> !Character.isWhitespace(cp)).allMatch(cp -> covers(family, cp)))
        .toList();
    drawing.stream().filter(this::hasBold).findFirst().or(() -> drawing.stream().findFirst()).ifPresent(family -> {
      stack.remove(family);
      stack.add(0, family);
    });
    return css(stack);
  }

  private boolean hasBold(String family) {
    return faces.stream().anyMatch(face -> face.family().equals(family) && face.weight() >= 700);
  }

  /** A CSS font-family value for the families in order. */
  public static String css(List<String> families) {
    return families.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", "));
  }

  /** Describes characters for messages: {@code "☃" (U+2603)}. */
  public static String describe(Set<Integer> codePoints) {
    return codePoints.stream()
        .map(cp -> "\"" + new String(Character.toChars(cp)) + "\" (U+" + String.format("%04X", cp) + ")")
        .collect(Collectors.joining(", "));
  }

  private TrueTypeFont parse(int i) {
    Face face = faces.get(i);
    try {
      TrueTypeFont font;
      if (face.name() != null) {
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes.get(i)));
        font = collection.getFontByName(face.name());
        if (font == null) {
          throw new BookletException(BookletException.Kind.MISSING_ASSET,
              "fonts/" + face.file() + " holds no font named " + face.name());
        }
      } else {
        font = new TTFParser().parse(new RandomAccessReadBuffer(bytes.get(i)));
      }
      font.setEnableGsub(false);
      return font;
    } catch (IOException e) {
      throw new BookletException(BookletException.Kind.MISSING_ASSET,
          "fonts/" + face.file() + " is not a TrueType font: " + e.getMessage(), e);
    }
  }

  /** Embeds a shared parsed font into one document the first time the renderer asks for it. */
  private static final class LazyFont extends PDFontSupplier {
    private final PDDocument doc;
    private final Supplier<TrueTypeFont> font;
    private final Supplier<HeightFix> heights;
    private PDType0Font loaded;

    LazyFont(PDDocument doc, Supplier<TrueTypeFont> font, Supplier<HeightFix> heights) {
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

  /**
   * The cap height and x-height a face's font descriptor must carry. FontBox's subsetter writes
   * the 78 bytes of an OS/2 table of version 0 but keeps the original version number, so PDFBox
   * reads a trimmed face's cap height and x-height from the bytes of the next table. The full
   * face's values, computed the way PDFBox computes them, are put back after loading.
   */
  private record HeightFix(float capHeight, float xHeight) {
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
