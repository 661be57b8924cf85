package org.departurebooklet.render;

/**
 * A run of text as a shaper laid it out: the glyphs in drawing order, where each one goes and which
 * characters it came from. Lengths are in thousandths of an em (PDF's glyph space), x to the right
 * and y down from the run's origin on the baseline. Treat as immutable: the arrays are shared by
 * every render that draws the same text (see {@link TextShaper}).
 *
 * @param glyphs glyph ids of the face
 * @param x where each glyph's origin is, from the start of the run
 * @param y how far each glyph's origin is below the baseline (marks placed lower; usually 0)
 * @param clusters for each glyph, the index in the text of the first char of the cluster it belongs
 *     to (a conjunct of three letters and its vowel sign is one cluster, however many glyphs it
 *     has)
 * @param advance the width of the whole run
 */
record ShapedText(int[] glyphs, float[] x, float[] y, int[] clusters, float advance) {

  ShapedText {
    if (x.length != glyphs.length
        || y.length != glyphs.length
        || clusters.length != glyphs.length) {
      throw new IllegalArgumentException("one position and one cluster per glyph");
    }
  }

  int size() {
    return glyphs.length;
  }
}
