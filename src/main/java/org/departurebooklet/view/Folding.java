package org.departurebooklet.view;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many extra notes pages make a booklet's page count fold: a multiple of 4 for A5 (printed two
 * to a side on A4 and folded into a saddle-stitched booklet), even for A4 (printed on both sides).
 * The page count is known only once a booklet is laid out, and it depends a little on the student
 * (a moved day or a conflict adds a line), so the number is remembered per edition and paper from
 * the booklets already made; a booklet that does not fold with the remembered number is rendered
 * again with the right one, which this class works out. Which number a booklet ends with depends
 * only on the booklet, never on which booklets came before. Thread-safe.
 */
public final class Folding {

  private final Map<String, Integer> remembered = new ConcurrentHashMap<>();

  /** The pages a booklet's count must be a multiple of on this paper. */
  public static int multiple(Paper paper) {
    return paper == Paper.A5 ? 4 : 2;
  }

  /**
   * The extra notes pages to try first for documents of this kind ({@code booklet}, {@code
   * handout}...), edition and paper.
   */
  public int guess(String kind, String language, Paper paper) {
    return remembered.getOrDefault(kind + "/" + language + "/" + paper.code(), 0);
  }

  /**
   * The extra notes pages that make a booklet fold, given that it had {@code pages} pages with
   * {@code extra} of them; remembered for the next booklet of the same edition and paper.
   */
  public int needed(String kind, String language, Paper paper, int pages, int extra) {
    int m = multiple(paper);
    int needed = (m - (pages - extra) % m) % m;
    remembered.put(kind + "/" + language + "/" + paper.code(), needed);
    return needed;
  }
}
