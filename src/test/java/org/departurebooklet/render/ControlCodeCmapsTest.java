package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.departurebooklet.content.AssetDirs;
import org.junit.jupiter.api.Test;

/** A space set in NanumGothic must read back as a space, not as U+0000. */
class ControlCodeCmapsTest {

  private static byte[] packed(String file) throws IOException {
    return Files.readAllBytes(AssetDirs.packaged().fonts().resolve(file));
  }

  private static CmapLookup cmap(byte[] font) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(font)).getUnicodeCmapLookup();
  }

  @Test
  void nanumGothicsSpaceGlyphIsTheSpaceAgainAndNothingElseMoves() throws IOException {
    for (String file : List.of("NanumGothic.ttf", "NanumGothicBold.ttf")) {
      byte[] original = packed(file);
      CmapLookup before = cmap(original);
      int space = before.getGlyphId(' ');
      assertEquals(0, before.getCharCodes(space).get(0), file + ": the problem this class is for");
      CmapLookup after = cmap(ControlCodeCmaps.unmapped(original));
      assertEquals(List.of(0x20, 0xA0), after.getCharCodes(space), file);
      assertEquals(0, after.getGlyphId(0x0D), file);
      for (int cp : new int[] {' ', 'A', '7', '가', '힣', '·', 0xA0}) {
        assertEquals(
            before.getGlyphId(cp), after.getGlyphId(cp), file + " U+" + Integer.toHexString(cp));
      }
      assertNotEquals(0, after.getGlyphId('한'));
    }
  }

  @Test
  void aFontThatMapsNoControlCharacterIsLeftAsItIs() throws IOException {
    byte[] original = packed("BIZUDPGothic-Regular.ttf");
    assertTrue(original == ControlCodeCmaps.unmapped(original), "the same array, not a copy");
  }

  @Test
  void controlsMappedToGlyphsOfTheirOwnAreUnmappedToo() throws IOException {
    byte[] original = packed("NotoSans-Regular.ttf");
    CmapLookup before = cmap(original);
    assertNotEquals(0, before.getGlyphId(0x0D), "Noto Sans draws U+000D with a glyph of its own");
    CmapLookup after = cmap(ControlCodeCmaps.unmapped(original));
    assertEquals(0, after.getGlyphId(0x0D));
    assertEquals(0, after.getGlyphId(0));
    assertEquals(before.getGlyphId(' '), after.getGlyphId(' '));
    assertEquals(before.getGlyphId('ệ'), after.getGlyphId('ệ'));
  }

  @Test
  void aCollectionIsUnmappedFontByFont() throws IOException {
    byte[] collection = packed("wqy-microhei.ttc");
    byte[] unmapped = ControlCodeCmaps.unmapped(collection);
    TrueTypeFont font =
        new TrueTypeCollection(new ByteArrayInputStream(unmapped))
            .getFontByName("WenQuanYiMicroHei");
    CmapLookup cmap = font.getUnicodeCmapLookup();
    assertEquals(0x20, cmap.getCharCodes(cmap.getGlyphId(' ')).get(0));
    assertEquals(0, cmap.getGlyphId(0x0D));
    assertNotEquals(0, cmap.getGlyphId('汉'));
  }

  @Test
  void tooShortToBeAFontIsLeftAlone() {
    byte[] junk = {1, 2, 3};
    assertArrayEquals(junk, ControlCodeCmaps.unmapped(junk));
  }
}
