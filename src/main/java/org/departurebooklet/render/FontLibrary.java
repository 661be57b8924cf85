package org.departurebooklet.render;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.departurebooklet.BookletException;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.content.ContentCheck;

/**
 * The booklet's fonts (fonts/fonts.yaml): read from disk once (with control characters unmapped,
 * see {@link ControlCodeCmaps}), parsed into FontBox {@link TrueTypeFont}s with GSUB processing off
 * (PDFBox's GSUB pass is slow and its ligatures break text extraction), and lent to each render as
 * lazily embedded subsets. Which characters each family draws is {@link FontCoverage}'s job; the
 * copies trimmed to the content's repertoire are {@link TrimmedFaces}'; which faces a booklet is
 * set in is decided once, by {@link #choose}.
 *
 * <p>Thread-safe and meant to be shared by every render in the process. FontBox does not promise
 * that a parsed font may be used concurrently, so each render borrows a set of parsed faces of its
 * own ({@link #register}) and gives it back when its PDF is saved; sets are kept for the next
 * render on any thread, so there are never more sets than renders that ran at once, and a new
 * thread (a batch's pool, a replaced web worker) parses nothing again.
 */
public final class FontLibrary implements ContentCheck.Glyphs {

  /** One face of fonts.yaml; {@code name} picks a font inside a .ttc collection. */
  public record Face(String family, int weight, String file, String name) {}

  private record FacesFile(List<Face> faces) {}

  private final List<Face> faces;
  private final List<byte[]> bytes;
  private final Set<String> families;
  private final FontCoverage coverage;
  private final TrimmedFaces trimmedFaces;
  private final TextShaper shaper;

  /** The full faces, for booklets with a character outside the repertoire. */
  private final FaceSet full = new FaceSet(false);

  /** The trimmed copies, for every other booklet. */
  private final FaceSet trimmed = new FaceSet(true);

  private FontLibrary(List<Face> faces, List<byte[]> bytes, CompletableFuture<BitSet> repertoire) {
    this.faces = List.copyOf(faces);
    this.bytes = List.copyOf(bytes);
    Set<String> names = new LinkedHashSet<>();
    faces.forEach(f -> names.add(f.family()));
    this.families = Collections.unmodifiableSet(names);
    this.coverage = new FontCoverage(this.faces, this::parse);
    this.trimmedFaces = new TrimmedFaces(faces.size(), this::parse, repertoire);
    this.shaper = new TextShaper(this.faces, this.bytes);
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
    ObjectMapper yaml =
        YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    FacesFile file;
    try {
      file = yaml.readValue(AssetDirs.read(fontsDir, "fonts.yaml"), FacesFile.class);
    } catch (IOException e) {
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          "fonts.yaml in " + fontsDir.toUri() + " cannot be read: " + e.getMessage(),
          e);
    }
    List<byte[]> data = new ArrayList<>();
    for (Face face : file.faces()) {
      data.add(ControlCodeCmaps.unmapped(AssetDirs.read(fontsDir, face.file())));
    }
    return new FontLibrary(file.faces(), data, repertoire);
  }

  public List<Face> faces() {
    return faces;
  }

  /** Shapes the text of the faces in scripts that need it (see {@link TextShaper}). */
  TextShaper shaper() {
    return shaper;
  }

  /** The distinct family names, in fonts.yaml order. */
  @Override
  public Set<String> families() {
    return families;
  }

  /** Whether a family (any weight) has a glyph for the code point. */
  public boolean covers(String family, int codePoint) {
    return coverage.covers(family, codePoint);
  }

  /** The characters of {@code text} that none of {@code families} can draw (spaces aside). */
  @Override
  public Set<Integer> uncovered(String text, List<String> families) {
    return coverage.uncovered(text, families);
  }

  /** Describes characters for messages: {@code "☃" (U+2603)}. */
  public static String describe(Set<Integer> codePoints) {
    return FontCoverage.describe(codePoints);
  }

  /**
   * Decides the fonts of one booklet, once, before it is laid out.
   *
   * @param edition the edition's families, first choice first
   * @param latin the Latin edition's families: a name in Latin letters (with or without accents) is
   *     set in them in every edition, so it looks the same in a Japanese booklet as in an English
   *     one, and a long name keeps its narrower letters (BIZ UDPGothic's are wide)
   * @param name the student's name
   * @param userText every text of the booklet not from content or templates (the name included):
   *     when all of it lies in the repertoire, the booklet embeds from the trimmed faces
   */
  public FontChoice choose(
      List<String> edition, List<String> latin, String name, List<String> userText) {
    boolean latinName =
        name.codePoints()
            .allMatch(
                cp ->
                    Character.isWhitespace(cp)
                        || switch (Character.UnicodeScript.of(cp)) {
                          case LATIN, COMMON, INHERITED -> true;
                          default -> false;
                        });
    return new FontChoice(
        css(edition), nameStack(name, latinName ? latin : edition), trimmedFaces.fit(userText));
  }

  /**
   * The CSS font-family list for a name, which prints in bold: the first family in {@code order}
   * that draws all of it and has a bold face goes first, else the first that draws all of it (so a
   * name is set in one face, not a patchwork, and in real bold where there is one: a hangul name
   * takes NanumGothic Bold rather than WenQuanYi's one weight), then the rest in order.
   */
  private String nameStack(String name, List<String> order) {
    List<String> stack = new ArrayList<>(order);
    List<String> drawing =
        order.stream().filter(family -> coverage.drawsAll(family, name)).toList();
    drawing.stream()
        .filter(this::hasBold)
        .findFirst()
        .or(() -> drawing.stream().findFirst())
        .ifPresent(
            family -> {
              stack.remove(family);
              stack.add(0, family);
            });
    return css(stack);
  }

  private boolean hasBold(String family) {
    return faces.stream().anyMatch(face -> face.family().equals(family) && face.weight() >= 700);
  }

  /** A CSS font-family value for the families in order. */
  static String css(List<String> families) {
    return families.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", "));
  }

  /**
   * Whether a booklet's whole XHTML lies in the trimmed faces' repertoire (see {@link
   * TrimmedFaces#fitMarkup}).
   */
  boolean fitsRepertoire(String xhtml) {
    return trimmedFaces.fitMarkup(xhtml);
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
   * Registers every face with a builder that renders into {@code doc}; fonts embed only if used,
   * from the trimmed copies when the choice says so.
   *
   * @return the parsed faces lent to this render, to be closed after the document is saved
   */
  Lease register(PdfRendererBuilder builder, PDDocument doc, FontChoice choice) {
    FaceSet set = choice.trimmed() ? trimmed : full;
    TrueTypeFont[] fonts =
        Objects.requireNonNullElseGet(set.idle.poll(), () -> new TrueTypeFont[faces.size()]);
    builder.useCacheStore(CacheStore.PDF_FONT_METRICS, set.metrics);
    for (int i = 0; i < faces.size(); i++) {
      Face face = faces.get(i);
      int index = i;
      builder.useFont(
          new LazyFont(
              doc,
              () -> {
                if (fonts[index] == null) {
                  fonts[index] = set.parse(index);
                }
                return fonts[index];
              },
              () -> set.heights(index)),
          face.family(),
          face.weight(),
          FontStyle.NORMAL,
          true);
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
      return trimmedCopies ? trimmedFaces.parse(face) : FontLibrary.this.parse(face);
    }

    TrimmedFaces.HeightFix heights(int face) {
      return trimmedCopies ? trimmedFaces.heights(face) : TrimmedFaces.HeightFix.NONE;
    }
  }

  /** A new parse of the full face {@code i}, GSUB off. */
  private TrueTypeFont parse(int i) {
    Face face = faces.get(i);
    try {
      TrueTypeFont font;
      if (face.name() != null) {
        TrueTypeCollection collection =
            new TrueTypeCollection(new ByteArrayInputStream(bytes.get(i)));
        font = collection.getFontByName(face.name());
        if (font == null) {
          throw new BookletException(
              BookletException.Kind.MISSING_ASSET,
              "fonts/" + face.file() + " holds no font named " + face.name());
        }
      } else {
        font = new TTFParser().parse(new RandomAccessReadBuffer(bytes.get(i)));
      }
      font.setEnableGsub(false);
      return font;
    } catch (IOException e) {
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          "fonts/" + face.file() + " is not a TrueType font: " + e.getMessage(),
          e);
    }
  }
}
