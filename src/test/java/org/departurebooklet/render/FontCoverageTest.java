package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.BitSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.departurebooklet.content.AssetDirs;
import org.junit.jupiter.api.Test;

/** A face's coverage, read glyph by glyph, is exactly the code points its cmap gives a glyph. */
class FontCoverageTest {

  @Test
  void coverageIsEveryCodePointWithAGlyph() throws IOException {
    AssetDirs dirs = AssetDirs.packaged();
    FontLibrary library = FontLibrary.load(dirs.fonts());
    for (FontLibrary.Face face : library.faces()) {
      TrueTypeFont font = parse(dirs, face);
      CmapLookup cmap = font.getUnicodeCmapLookup();
      BitSet expected = new BitSet();
      for (int cp = 0; cp <= FontCoverage.LAST_CODE_POINT; cp++) {
        if (cmap.getGlyphId(cp) > 0) {
          expected.set(cp);
        }
      }
      BitSet actual = FontCoverage.of(font);
      assertTrue(actual.cardinality() > 200, face.file() + " covers " + actual.cardinality());
      assertEquals(expected, actual, face.file() + (face.name() == null ? "" : " " + face.name()));
    }
  }

  private static TrueTypeFont parse(AssetDirs dirs, FontLibrary.Face face) throws IOException {
    byte[] bytes = AssetDirs.read(dirs.fonts(), face.file());
    if (face.name() != null) {
      return new TrueTypeCollection(new ByteArrayInputStream(bytes)).getFontByName(face.name());
    }
    return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
  }
}
