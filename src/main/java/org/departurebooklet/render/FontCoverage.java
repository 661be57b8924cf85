package org.departurebooklet.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Which characters each font family draws, read from the faces' cmaps the first time a family is
 * asked about (a run that never meets Korean never parses the Korean font) and kept as bit sets.
 * Thread-safe.
 */
final class FontCoverage {

  /**
   * Coverage is recorded up to the end of plane 3 (all CJK ideographs); beyond it nothing prints.
   */
  static final int LAST_CODE_POINT = 0x3FFFF;

  private final List<FontLibrary.Face> faces;
  private final IntFunction<TrueTypeFont> parse;
  private final Map<String, BitSet> byFamily = new ConcurrentHashMap<>();

  FontCoverage(List<FontLibrary.Face> faces, IntFunction<TrueTypeFont> parse) {
    this.faces = faces;
    this.parse = parse;
  }

  /** Whether a family (any weight) has a glyph for the code point. */
  boolean covers(String family, int codePoint) {
    if (codePoint < 0
        || codePoint > LAST_CODE_POINT
        || faces.stream().noneMatch(f -> f.family().equals(family))) {
      return false;
    }
    return byFamily.computeIfAbsent(family, this::read).get(codePoint);
  }

  /** The characters of {@code text} that none of {@code families} can draw (spaces aside). */
  Set<Integer> uncovered(String text, List<String> families) {
    Set<Integer> missing = new TreeSet<>();
    text.codePoints()
        .filter(cp -> !Character.isWhitespace(cp))
        .filter(cp -> families.stream().noneMatch(f -> covers(f, cp)))
        .forEach(missing::add);
    return missing;
  }

  /** Whether a family draws every character of {@code text} but spaces. */
  boolean drawsAll(String family, String text) {
    return text.codePoints()
        .filter(cp -> !Character.isWhitespace(cp))
        .allMatch(cp -> covers(family, cp));
  }

  /** Reads a family's coverage from a parse of its faces that is then dropped (fonts are large). */
  private BitSet read(String family) {
    BitSet set = new BitSet();
    for (int i = 0; i < faces.size(); i++) {
      if (faces.get(i).family().equals(family)) {
        set.or(of(parse.apply(i)));
      }
    }
    return set;
  }

  /**
   * The code points a face maps to a glyph, read from its Unicode cmap glyph by glyph: a few
   * thousand lookups instead of one per code point up to {@link #LAST_CODE_POINT}.
   */
  static BitSet of(TrueTypeFont font) {
    BitSet set = new BitSet();
    try {
      CmapLookup cmap = font.getUnicodeCmapLookup();
      for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
        List<Integer> codes = cmap.getCharCodes(gid);
        if (codes != null) {
          codes.stream().filter(cp -> cp >= 0 && cp <= LAST_CODE_POINT).forEach(set::set);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return set;
  }

  /** Describes characters for messages: {@code "☃" (U+2603)}. */
  static String describe(Set<Integer> codePoints) {
    return codePoints.stream()
        .map(
            cp ->
                "\""
                    + new String(Character.toChars(cp))
                    + "\" (U+"
                    + String.format("%04X", cp)
                    + ")")
        .collect(Collectors.joining(", "));
  }
}
