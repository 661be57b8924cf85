package org.departurebooklet.render;

/**
 * XHTML whose last pages are settled by its own layout: it is made with a number of extra pages
 * (the notes pages that make a booklet's page count fold), laid out, and made again with another
 * number only when the layout's page count asks for it. A document is therefore written to PDF
 * once, and laid out a second time only when the first number was wrong.
 */
public interface PageFit {

  /** The number of extra pages to try first. */
  int guess();

  /** The XHTML with {@code extra} extra pages. */
  String xhtml(int extra);

  /**
   * The extra pages needed, given that the XHTML with {@code extra} of them laid out as {@code
   * pages}.
   */
  int needed(int pages, int extra);

  /** XHTML that takes no extra pages. */
  static PageFit fixed(String xhtml) {
    return new PageFit() {
      @Override
      public int guess() {
        return 0;
      }

      @Override
      public String xhtml(int extra) {
        return xhtml;
      }

      @Override
      public int needed(int pages, int extra) {
        return extra;
      }
    };
  }
}
