package org.departurebooklet.view;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Page layout for each paper size: the page box, margins for a bound booklet (inner wider than
 * outer) and the type sizes that read well on it. Content never depends on it.
 */
public enum Paper {
  A5("A5", 148, 210, 15, 12, 13, 15, 9.5, 24),
  A4("A4", 210, 297, 20, 16, 16, 18, 11, 26);

  private final String cssSize;
  private final int widthMm;
  private final int heightMm;
  private final int innerMm;
  private final int outerMm;
  private final int topMm;
  private final int bottomMm;
  private final double bodyPt;
  private final int qrMm;

  Paper(
      String cssSize,
      int widthMm,
      int heightMm,
      int innerMm,
      int outerMm,
      int topMm,
      int bottomMm,
      double bodyPt,
      int qrMm) {
    this.cssSize = cssSize;
    this.widthMm = widthMm;
    this.heightMm = heightMm;
    this.innerMm = innerMm;
    this.outerMm = outerMm;
    this.topMm = topMm;
    this.bottomMm = bottomMm;
    this.bodyPt = bodyPt;
    this.qrMm = qrMm;
  }

  public static Optional<Paper> fromCode(String code) {
    return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(code)).findFirst();
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The values the stylesheet template reads. */
  public PageView view() {
    return new PageView(
        cssSize,
        widthMm,
        heightMm,
        innerMm + "mm",
        outerMm + "mm",
        topMm + "mm",
        bottomMm + "mm",
        bodyPt + "pt",
        String.format(Locale.ROOT, "%.1fpt", bodyPt * 0.85),
        String.format(Locale.ROOT, "%.1fpt", bodyPt * 1.6),
        qrMm + "mm",
        COVER_TOP_MM + "mm",
        (heightMm - topMm - bottomMm - 2) + "mm",
        (outerMm - TAB_GAP_MM) + "mm",
        TAB_GAP_MM + "mm");
  }

  /** The gap between a phase's tab on the outer edge and the text. */
  private static final int TAB_GAP_MM = 2;

  /** Space above the cover's band, in mm. */
  private static final int COVER_TOP_MM = 6;

  /**
   * Page geometry and type sizes as CSS lengths; {@code coverHeight} is the cover's whole box (its
   * top padding {@code coverTop} included), a little short of the page area so it never spills onto
   * a second page.
   */
  public record PageView(
      String size,
      int widthMm,
      int heightMm,
      String inner,
      String outer,
      String top,
      String bottom,
      String body,
      String small,
      String heading,
      String qr,
      String coverTop,
      String coverHeight,
      String tabWidth,
      String tabInset) {}

  public int qrMm() {
    return qrMm;
  }
}
