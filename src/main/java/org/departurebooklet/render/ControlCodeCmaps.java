package org.departurebooklet.render;

import java.nio.ByteBuffer;

/**
 * Unmaps the C0 control characters (U+0000 to U+001F) in the Unicode cmap subtables of format 4 of
 * a TrueType font or collection, in a copy of its bytes. NanumGothic maps all 32 of them, as well
 * as U+0020, to its space glyph, and PDFBox writes a glyph's lowest code point into the PDF's
 * ToUnicode map: every space of a Korean booklet would read back as U+0000 (U+000D from the trimmed
 * copy), so copying, searching and screen readers would lose the word breaks. A control character
 * never reaches a page, so nothing printed changes. Subtables of other formats are left as they are
 * (none of the packed fonts maps a control character in one). Stateless and thread-safe.
 */
final class ControlCodeCmaps {

  private static final int TTC_TAG = 0x74746366; // "ttcf"
  private static final int CMAP_TAG = 0x636D6170; // "cmap"
  private static final int FIRST_PRINTABLE = 0x20;
  private static final int PLATFORM_UNICODE = 0;
  private static final int PLATFORM_WINDOWS = 3;

  private ControlCodeCmaps() {}

  /** The font's bytes with its control characters unmapped; the same array when none is mapped. */
  static byte[] unmapped(byte[] font) {
    if (font.length < 12) {
      return font;
    }
    ByteBuffer copy = ByteBuffer.wrap(font.clone());
    boolean changed = false;
    if (copy.getInt(0) == TTC_TAG) {
      int fonts = copy.getInt(8);
      for (int i = 0; i < fonts; i++) {
        changed |= unmapFont(copy, copy.getInt(12 + 4 * i));
      }
    } else {
      changed = unmapFont(copy, 0);
    }
    return changed ? copy.array() : font;
  }

  /**
   * Unmaps the control characters of the font whose table directory starts at {@code directory}.
   */
  private static boolean unmapFont(ByteBuffer font, int directory) {
    int tables = Short.toUnsignedInt(font.getShort(directory + 4));
    for (int i = 0; i < tables; i++) {
      int record = directory + 12 + 16 * i;
      if (font.getInt(record) == CMAP_TAG) {
        return unmapCmap(font, font.getInt(record + 8));
      }
    }
    return false;
  }

  private static boolean unmapCmap(ByteBuffer font, int cmap) {
    boolean changed = false;
    int subtables = Short.toUnsignedInt(font.getShort(cmap + 2));
    for (int i = 0; i < subtables; i++) {
      int record = cmap + 4 + 8 * i;
      int platform = Short.toUnsignedInt(font.getShort(record));
      int subtable = cmap + font.getInt(record + 4);
      if ((platform == PLATFORM_UNICODE || platform == PLATFORM_WINDOWS)
          && Short.toUnsignedInt(font.getShort(subtable)) == 4) {
        changed |= unmapFormat4(font, subtable);
      }
    }
    return changed;
  }

  /**
   * In a format 4 subtable: a control character mapped through the glyph array gets glyph 0; a
   * segment mapped by delta alone starts after the controls, or, when it holds nothing else, keeps
   * its last control mapped to glyph 0.
   */
  private static boolean unmapFormat4(ByteBuffer font, int table) {
    int segX2 = Short.toUnsignedInt(font.getShort(table + 6));
    int ends = table + 14;
    int starts = ends + segX2 + 2;
    int deltas = starts + segX2;
    int rangeOffsets = deltas + segX2;
    boolean changed = false;
    for (int seg = 0; seg < segX2 / 2; seg++) {
      int start = Short.toUnsignedInt(font.getShort(starts + 2 * seg));
      int end = Short.toUnsignedInt(font.getShort(ends + 2 * seg));
      if (start >= FIRST_PRINTABLE) {
        break; // segments are sorted by code
      }
      int rangeOffset = Short.toUnsignedInt(font.getShort(rangeOffsets + 2 * seg));
      int lastControl = Math.min(end, FIRST_PRINTABLE - 1);
      if (rangeOffset != 0) {
        for (int code = start; code <= lastControl; code++) {
          int glyph = rangeOffsets + 2 * seg + rangeOffset + 2 * (code - start);
          changed |= font.getShort(glyph) != 0;
          font.putShort(glyph, (short) 0);
        }
      } else if (end >= FIRST_PRINTABLE) {
        font.putShort(starts + 2 * seg, (short) FIRST_PRINTABLE);
        changed = true;
      } else {
        font.putShort(starts + 2 * seg, (short) end);
        font.putShort(deltas + 2 * seg, (short) -end);
        changed = true;
      }
    }
    return changed;
  }
}
