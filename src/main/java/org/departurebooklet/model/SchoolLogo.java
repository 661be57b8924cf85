package org.departurebooklet.model;

import java.util.Arrays;
import java.util.Objects;
import org.departurebooklet.io.Digests;

/**
 * A school's logo (school.yaml {@code logo}) once checked: its pixels decoded from the school's PNG
 * and encoded again as a PNG of our own (RGB, flattened on white, at most {@link #MAX_WIDTH} by
 * {@link #MAX_HEIGHT} pixels), so no booklet ever holds the school's original bytes. Read it with
 * {@link LogoFile}. Immutable: the bytes are copied in and out.
 *
 * @param png our own encoding of the logo
 * @param width its width in pixels
 * @param height its height in pixels
 * @param file the logo's file as the profile names it, such as {@code logo.png}
 */
public record SchoolLogo(byte[] png, int width, int height, String file) {

  /** Wider logos are scaled down: enough for 40 mm at 500 dpi. */
  public static final int MAX_WIDTH = 800;

  /** Taller logos are scaled down: enough for 18 mm at 500 dpi. */
  public static final int MAX_HEIGHT = 360;

  public SchoolLogo {
    png = png.clone();
    Objects.requireNonNull(file, "file");
    if (width < 1 || height < 1 || width > MAX_WIDTH || height > MAX_HEIGHT) {
      throw new IllegalArgumentException("a logo of " + width + " x " + height + " pixels");
    }
  }

  @Override
  public byte[] png() {
    return png.clone();
  }

  /**
   * A fingerprint of the logo's pixels, for whatever must change when the logo does (a batch's
   * keys).
   */
  public String digest() {
    return Digests.sha256Hex(png);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SchoolLogo logo
        && Arrays.equals(png, logo.png)
        && width == logo.width
        && height == logo.height
        && file.equals(logo.file);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(png), width, height, file);
  }

  @Override
  public String toString() {
    return "SchoolLogo[" + file + ", " + width + " x " + height + " pixels]";
  }
}
