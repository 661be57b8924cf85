package org.departurebooklet.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The country codes this program knows: the JDK's ISO 3166-1 alpha-2 list, read once, for the
 * student's next country, the countries of a service in the content, and the web form's list.
 * Immutable and thread-safe.
 */
public final class CountryCodes {

  /** The country the students leave. */
  public static final String JAPAN = "JP";

  /** Every code, upper case, in alphabetical order. */
  public static final List<String> ALL = Stream.of(Locale.getISOCountries()).sorted().toList();

  private static final Set<String> SET = Set.copyOf(ALL);

  private CountryCodes() {}

  /** Whether {@code code} (upper case) is a country code. */
  public static boolean contains(String code) {
    return SET.contains(code);
  }
}
