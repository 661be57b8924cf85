package org.departurebooklet.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A school's colour (school.yaml {@code colour}), used for the band and the headings of the cover
 * and the back cover. Only a value of the form {@code #rrggbb} that reads well both ways is a brand
 * colour: white text on it, and it as text on white, must reach the 4.5:1 contrast that WCAG 2 asks
 * of body text (its relative luminance at most 0.183). Immutable.
 *
 * @param hex the colour as CSS writes it, in lower case: {@code #0b5d3b}
 */
public record BrandColour(String hex) {

  /** WCAG 2's minimum contrast ratio for normal text (success criterion 1.4.3). */
  public static final double MIN_CONTRAST = 4.5;

  private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

  public BrandColour {
    if (!HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("colour \"" + hex + "\" is not #rrggbb in lower case");
    }
    problem(hex)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException("colour \"" + hex + "\" " + p);
            });
  }

  /**
   * The colour written as {@code value} (upper or lower case hex), or what is wrong with it.
   *
   * @return the problem, in words that follow the value ({@code "is not ..."}), or empty if it is a
   *     brand colour
   */
  public static Optional<String> problem(String value) {
    String hex = value.toLowerCase(Locale.ROOT);
    if (!HEX.matcher(hex).matches()) {
      return Optional.of(
          "is not a colour of the form #rrggbb (six hex digits after #, such as #0b5d3b)");
    }
    double contrast = contrastWithWhite(hex);
    if (contrast < MIN_CONTRAST) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "is too light: white text on it, and it as text on white,"
                  + " have a contrast of %.1f:1, and at least %.1f:1 is needed to read well (choose a darker shade, such as"
                  + " #0b5d3b or #1d4f91)",
              Math.floor(contrast * 10) / 10,
              MIN_CONTRAST));
    }
    return Optional.empty();
  }

  /**
   * The colour as {@code value} writes it, in lower case; call only after {@link #problem} found
   * none.
   */
  public static BrandColour of(String value) {
    return new BrandColour(value.toLowerCase(Locale.ROOT));
  }

  /** The contrast ratio of white with this colour, from 1 (white) to 21 (black). */
  public double contrastWithWhite() {
    return contrastWithWhite(hex);
  }

  private static double contrastWithWhite(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    double luminance =
        0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    return (1.0 + 0.05) / (luminance + 0.05);
  }

  /** One sRGB channel (the low 8 bits of {@code channel}) as linear light, as WCAG 2 defines it. */
  private static double linear(int channel) {
    double c = (channel & 0xff) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
