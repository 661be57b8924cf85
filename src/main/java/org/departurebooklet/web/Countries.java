package org.departurebooklet.web;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.departurebooklet.model.CountryCodes;

/**
 * The countries a student can name as their next one: every ISO 3166-1 country, named in each page
 * language from the JDK's locale data. The form suggests the names in the page's language; what the
 * student types or picks is read back as a country name in any page language (compared by letters
 * and digits only, ignoring case, accents and width; "Myanmar" does for "Myanmar (Burma)", "Viet
 * Nam" for "Vietnam"), a common other name (USA, UK, Burma, Hong Kong) or a two-letter code. Japan
 * is known but not suggested: the student is leaving it. Immutable and thread-safe.
 */
public final class Countries {

  /** The country the students leave. */
  public static final String JAPAN = CountryCodes.JAPAN;

  private static final Pattern BRACKETED = Pattern.compile("\\s*[(（][^)）]*[)）]");

  /**
   * Accents: the combining diacritical marks (of Latin, Greek, Cyrillic, Vietnamese). Not every
   * mark is an accent: the vowel signs of Devanagari are marks too, and the Nepali names of Tonga
   * and Togo (टोंगा, टोगो) differ only in them.
   */
  private static final Pattern MARKS =
      Pattern.compile(
          "[\\u0300-\\u036F\\u1AB0-\\u1AFF\\u1DC0-\\u1DFF\\u20D0-\\u20FF\\uFE20-\\uFE2F]+");

  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

  /** Page language to its sorted names (Japan left out). */
  private final Map<String, List<String>> suggestions = new TreeMap<>();

  /** Page language to (name in that language, as compared) to code. */
  private final Map<String, Map<String, String>> byName = new TreeMap<>();

  /** The same with accents kept: "Áo" (Austria in Vietnamese) before the code AO. */
  private final Map<String, Map<String, String>> byExactName = new TreeMap<>();

  public Countries(Set<String> pageLanguages) {
    for (String lang : pageLanguages) {
      Locale locale = Locale.forLanguageTag(lang);
      Map<String, String> names = new LinkedHashMap<>();
      for (String code : CountryCodes.ALL) {
        names.put(code, name(code, locale));
      }
      Collator collator = Collator.getInstance(locale);
      suggestions.put(
          lang,
          names.entrySet().stream()
              .filter(e -> !e.getKey().equals(JAPAN))
              .map(Map.Entry::getValue)
              .sorted(Comparator.comparing(s -> s, collator))
              .toList());
      Map<String, String> lookup = new HashMap<>();
      names.forEach((code, name) -> lookup.putIfAbsent(key(name), code));
      // "Myanmar" for "Myanmar (Burma)": the name without its bracketed part, when no other has it.
      names.forEach(
          (code, name) -> lookup.putIfAbsent(key(BRACKETED.matcher(name).replaceAll("")), code));
      // "Hong Kong" for "Hong Kong SAR China": a name's words before SAR, when no other has them.
      names.forEach(
          (code, name) -> lookup.putIfAbsent(key(name.replaceFirst("\\s+SAR\\b.*", "")), code));
      byName.put(lang, Map.copyOf(lookup));
      Map<String, String> exact = new HashMap<>();
      names.forEach((code, name) -> exact.putIfAbsent(exactKey(name), code));
      byExactName.put(lang, Map.copyOf(exact));
    }
  }

  /**
   * The names to suggest on a page in {@code lang}, in that language's alphabetical order, without
   * Japan.
   */
  public List<String> suggestions(String lang) {
    return suggestions.getOrDefault(lang, List.of());
  }

  /** The country's name in {@code lang}. */
  public String name(String code, String lang) {
    return name(code, Locale.forLanguageTag(lang));
  }

  /**
   * The code of what a student typed: a two-letter code, or a name in the page's language first,
   * then in the other page languages. Japan is returned as {@link #JAPAN} for the caller to refuse.
   */
  public Optional<String> code(String typed, String pageLang) {
    String key = key(typed);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String exact = exactKey(typed);
    Optional<String> named =
        Optional.ofNullable(byExactName.getOrDefault(pageLang, Map.of()).get(exact));
    if (named.isPresent()) {
      return named; // first, so the Vietnamese "Áo" (Austria) is not read as the code AO
    }
    String upper =
        Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    if (upper.length() == 2 && CountryCodes.contains(upper)) {
      return Optional.of(upper); // and "AO" is Angola, not "Áo" without its accent
    }
    return byExactName.values().stream()
        .map(m -> m.get(exact))
        .filter(c -> c != null)
        .findFirst()
        .or(() -> Optional.ofNullable(byName.getOrDefault(pageLang, Map.of()).get(key)))
        .or(() -> byName.values().stream().map(m -> m.get(key)).filter(c -> c != null).findFirst())
        .or(() -> Optional.ofNullable(OTHER_NAMES.get(key)));
  }

  private static String name(String code, Locale locale) {
    String name = new Locale("", code).getDisplayCountry(locale);
    return name.isEmpty() ? code : name;
  }

  /**
   * How names are compared: NFKC (full-width letters as ASCII), no case, no accents ("Cote
   * d'Ivoire" for "Côte d’Ivoire"), "&" read as "and", "St." as "Saint", and nothing but letters
   * (with their vowel signs) and digits ("Viet Nam" for "Vietnam").
   */
  static String key(String s) {
    String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String bare = MARKS.matcher(Normalizer.normalize(nfkc, Normalizer.Form.NFD)).replaceAll("");
    bare = bare.replace("&", " and ").replaceAll("\\bst\\.?\\s", "saint ");
    return Normalizer.normalize(NOT_LETTERS.matcher(bare).replaceAll(""), Normalizer.Form.NFC);
  }

  /** Like {@link #key}, but accents kept. */
  static String exactKey(String s) {
    String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return Normalizer.normalize(NOT_LETTERS.matcher(nfkc).replaceAll(""), Normalizer.Form.NFC);
  }

  /**
   * Other names students use for a country (Burma, USA, Hong Kong; 香港 and 澳门 for the JDK's
   * "中国香港特别行政区", 한국 for "대한민국"), as {@link #key} makes them.
   */
  private static final Map<String, String> OTHER_NAMES =
      keyed(
          Map.ofEntries(
              Map.entry("usa", "US"),
              Map.entry("unitedstatesofamerica", "US"),
              Map.entry("america", "US"),
              Map.entry("uk", "GB"),
              Map.entry("greatbritain", "GB"),
              Map.entry("britain", "GB"),
              Map.entry("england", "GB"),
              Map.entry("korea", "KR"),
              Map.entry("republicofkorea", "KR"),
              Map.entry("韓国", "KR"),
              Map.entry("Hàn Quốc", "KR"),
              Map.entry("burma", "MM"),
              Map.entry("turkey", "TR"),
              Map.entry("turkiye", "TR"),
              Map.entry("czechrepublic", "CZ"),
              Map.entry("hongkong", "HK"),
              Map.entry("香港", "HK"),
              Map.entry("Hồng Kông", "HK"),
              Map.entry("macau", "MO"),
              Map.entry("macao", "MO"),
              Map.entry("澳門", "MO"),
              Map.entry("澳门", "MO"),
              Map.entry("マカオ", "MO"),
              Map.entry("한국", "KR"),
              Map.entry("남한", "KR"),
              Map.entry("palestine", "PS"),
              Map.entry("taiwan", "TW"),
              Map.entry("台湾", "TW"),
              Map.entry("holland", "NL"),
              Map.entry("vatican", "VA"),
              Map.entry("laos", "LA"),
              Map.entry("east timor", "TL"),
              Map.entry("ivory coast", "CI")));

  private static Map<String, String> keyed(Map<String, String> names) {
    Map<String, String> out = new HashMap<>();
    names.forEach((name, code) -> out.put(key(name), code));
    return Map.copyOf(out);
  }
}
