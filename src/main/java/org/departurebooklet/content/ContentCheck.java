package org.departurebooklet.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.departurebooklet.BookletException;
import org.departurebooklet.content.ContentProblem.Kind;
import org.departurebooklet.model.CountryCodes;

/**
 * Everything {@code booklet validate} checks in a content folder, for every language at once: the
 * schema and links (through {@link ContentLoader}), the same keys as English ({@link KeyParity}),
 * and that each language's fonts draw every character it prints. Problems are returned, never
 * thrown, each with its file and key. Stateless and thread-safe.
 */
public final class ContentCheck {

  /** What the check needs to know about the fonts (implemented by the renderer's font library). */
  public interface Glyphs {
    /** The font families that can be named in strings.yaml {@code fonts}. */
    Set<String> families();

    /** The characters of {@code text} that none of {@code families} can draw (spaces aside). */
    Set<Integer> uncovered(String text, List<String> families);
  }

  /** The outcome: the languages found and every problem, in a stable order. */
  public record Report(
      Set<String> languages, List<ContentProblem> problems, List<String> warnings) {
    public Report {
      languages = Set.copyOf(languages);
      problems = List.copyOf(problems);
      warnings = List.copyOf(warnings);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /**
   * The loader's kinds of problem that key parity also finds, in its own words naming the English
   * file: a key missing, extra or of another shape. At a key where parity found one, the loader's
   * is left out; its other problems there (a tag, a key given twice) stay.
   */
  private static final Set<Kind> SAID_BY_PARITY =
      EnumSet.of(Kind.MISSING, Kind.UNLISTED, Kind.UNKNOWN_KEY, Kind.SHAPE);

  /** Keys whose values are settings, not printed text; the dates they make are checked instead. */
  private static final Set<String> SETTINGS =
      Set.of("locale", "date_format", "short_date_format", "fonts");

  /** How many uncovered characters one problem shows. */
  private static final int SHOWN = 8;

  private ContentCheck() {}

  /** A file and a key in it: where key parity found a problem. */
  private record Place(String file, String path) {
    static Place of(ContentProblem problem) {
      return new Place(problem.file(), problem.path());
    }
  }

  /** How old the day the facts were checked may be before validate warns. */
  static final Period FACTS_CHECKED_WARNING = Period.ofYears(1);

  /** Checks the content folder {@code contentDir} with the given fonts, today. */
  public static Report run(Path contentDir, Glyphs glyphs) {
    return run(contentDir, glyphs, LocalDate.now());
  }

  /** Checks the content folder as on {@code today} (the facts-checked warning counts from it). */
  public static Report run(Path contentDir, Glyphs glyphs, LocalDate today) {
    String folder = AssetDirs.contentLabel(contentDir);
    // A problem of common.yaml is found again with every language: kept once, in the order found.
    Set<ContentProblem> problems = new LinkedHashSet<>(strayFolders(contentDir, folder));
    Set<String> languages = ContentLoader.languages(contentDir);
    boolean reference = languages.contains(KeyParity.REFERENCE);
    if (!reference) {
      problems.add(
          ContentProblem.of(
              folder + KeyParity.REFERENCE + "/",
              Kind.FOLDER,
              "missing (English is the edition every language is compared with)"));
    }
    for (String lang : languages) {
      List<ContentProblem> parity =
          !reference || lang.equals(KeyParity.REFERENCE)
              ? List.of()
              : KeyParity.problems(contentDir, lang);
      Set<Place> places = parity.stream().map(Place::of).collect(Collectors.toSet());
      problems.addAll(parity);
      ContentLoader.check(contentDir, lang).problems().stream()
          .filter(p -> !(SAID_BY_PARITY.contains(p.kind()) && places.contains(Place.of(p))))
          .forEach(problems::add);
      problems.addAll(coverage(contentDir, folder, lang, glyphs));
    }
    List<String> warnings = new ArrayList<>();
    if (reference) {
      ContentLoader.check(contentDir, KeyParity.REFERENCE)
          .content()
          .map(Content::factsChecked)
          .filter(day -> day.plus(FACTS_CHECKED_WARNING).isBefore(today))
          .ifPresent(
              day ->
                  warnings.add(
                      folder
                          + ContentLoader.COMMON
                          + ": facts_checked "
                          + day
                          + " is more than a year ago: check each fact against its official source and set the day"
                          + " you did (every booklet prints it)"));
    }
    return new Report(languages, List.copyOf(problems), warnings);
  }

  /**
   * What one language prints that its fonts cannot draw, one problem each (empty when all prints):
   * checked before a booklet is made from a school's own content, so no booklet shows "#" boxes.
   */
  public static List<ContentProblem> unprintable(Path contentDir, String lang, Glyphs glyphs) {
    return coverage(contentDir, AssetDirs.contentLabel(contentDir), lang, glyphs);
  }

  /** Language folders without strings.yaml would be silently skipped: say so. */
  private static List<ContentProblem> strayFolders(Path contentDir, String folder) {
    try (Stream<Path> children = Files.list(contentDir)) {
      return children
          .filter(Files::isDirectory)
          .filter(p -> !Files.isRegularFile(p.resolve("strings.yaml")))
          .map(p -> p.getFileName().toString().replace("/", ""))
          .sorted()
          .map(
              name ->
                  ContentProblem.of(
                      folder + name + "/strings.yaml",
                      Kind.FOLDER,
                      "missing, so \""
                          + name
                          + "\" is not offered as a language (add strings.yaml, or remove the folder)"))
          .toList();
    } catch (IOException e) {
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          "cannot list content folder " + contentDir.toUri() + " (" + e.getMessage() + ")",
          e);
    }
  }

  /**
   * Every printed character of one language, and of common.yaml as that language prints it. {@code
   * folder}: how messages name the content folder (see {@link AssetDirs#contentLabel}).
   */
  private static List<ContentProblem> coverage(
      Path contentDir, String folder, String lang, Glyphs glyphs) {
    List<ContentProblem> problems = new ArrayList<>();
    String stringsFile = folder + lang + "/strings.yaml";
    Optional<JsonNode> strings = ContentFile.tree(contentDir.resolve(lang).resolve("strings.yaml"));
    List<String> families = new ArrayList<>();
    strings
        .map(s -> s.get("fonts"))
        .filter(JsonNode::isArray)
        .ifPresent(fonts -> fonts.forEach(f -> families.add(f.asText())));
    if (families.isEmpty()) {
      return problems; // ContentLoader reports the missing fonts list
    }
    families.stream()
        .filter(f -> !glyphs.families().contains(f))
        .forEach(
            f ->
                problems.add(
                    ContentProblem.at(
                        stringsFile,
                        "fonts",
                        Kind.FONT,
                        "\""
                            + f
                            + "\" is not a family of fonts/fonts.yaml (known: "
                            + String.join(", ", glyphs.families())
                            + ")")));
    Printed printed = new Printed(glyphs, families, stringsFile + " fonts " + families, problems);
    for (String name : ContentLoader.LANGUAGE_FILES) {
      ContentFile.tree(contentDir.resolve(lang).resolve(name))
          .ifPresent(root -> printed.check(folder + lang + "/" + name, texts(root)));
    }
    ContentFile.tree(contentDir.resolve(ContentLoader.COMMON))
        .ifPresent(
            root -> {
              Map<String, String> terms = new TreeMap<>();
              texts(root)
                  .forEach(
                      (path, text) -> {
                        if (path.endsWith(".term")
                            || path.endsWith(".reading")
                            || path.endsWith(".name")) {
                          terms.put(path + " (as printed in " + lang + ")", text);
                        }
                      });
              printed.check(folder + ContentLoader.COMMON, terms);
            });
    strings.ifPresent(s -> printed.check(stringsFile, datesAndCountries(s)));
    return problems;
  }

  /** Checks printed texts against one language's fonts; {@code fontList} names them in messages. */
  private record Printed(
      Glyphs glyphs, List<String> families, String fontList, List<ContentProblem> problems) {

    /** {@code texts} by their path in {@code file}. */
    void check(String file, Map<String, String> texts) {
      texts.forEach(
          (path, text) -> {
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
              problems.add(
                  ContentProblem.at(
                      file,
                      path,
                      Kind.UNICODE,
                      "has letters written as a base letter plus "
                          + "combining marks (not Unicode NFC), which may print misplaced; save the file in composed form (NFC)"));
            }
            Set<Integer> missing = new LinkedHashSet<>(glyphs.uncovered(text, families));
            // Control characters are refused where the file is read (SchemaCheck): no font is asked
            // to draw them.
            missing.removeIf(c -> Character.getType(c) == Character.CONTROL);
            if (!missing.isEmpty()) {
              problems.add(
                  ContentProblem.at(
                      file,
                      path,
                      Kind.FONT,
                      describe(missing)
                          + " not in any font of "
                          + fontList
                          + " (use another character, or add a font that has it)"));
            }
          });
    }
  }

  /**
   * Sample dates (every month and weekday) and every country name, as this language prints them.
   */
  private static Map<String, String> datesAndCountries(JsonNode strings) {
    Map<String, String> printed = new TreeMap<>();
    if (!strings.hasNonNull("locale")) {
      return printed;
    }
    Locale locale = Locale.forLanguageTag(strings.get("locale").asText());
    for (String key : List.of("date_format", "short_date_format")) {
      if (!strings.hasNonNull(key)) {
        continue;
      }
      DateTimeFormatter format;
      try {
        format = DateTimeFormatter.ofPattern(strings.get(key).asText(), locale);
      } catch (IllegalArgumentException ignored) {
        continue; // ContentLoader reports the bad pattern
      }
      StringBuilder sample = new StringBuilder();
      LocalDate day = LocalDate.of(2027, 1, 4);
      try {
        for (int i = 0; i < 12; i++) {
          sample.append(format.format(day.plusMonths(i))).append(' ');
        }
        for (int i = 0; i < DayOfWeek.values().length; i++) {
          sample.append(format.format(day.plusDays(i))).append(' ');
        }
      } catch (DateTimeException ignored) {
        continue; // ContentLoader reports a pattern a date cannot fill
      }
      printed.put(key + " (the dates it prints)", sample.toString());
    }
    String countries =
        CountryCodes.ALL.stream()
            .map(c -> new Locale("", c).getDisplayCountry(locale))
            .collect(Collectors.joining(" "));
    printed.put("locale (country names in " + locale.toLanguageTag() + ")", countries);
    return printed;
  }

  /** Every printed string of a YAML tree by its path, e.g. {@code immigration.what[3]}. */
  private static Map<String, String> texts(JsonNode root) {
    Map<String, String> out = new LinkedHashMap<>();
    collect(root, "", out);
    return out;
  }

  private static void collect(JsonNode node, String path, Map<String, String> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (path.isEmpty() && SETTINGS.contains(e.getKey())) {
          continue;
        }
        collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", out);
      }
    } else if (node.isTextual()) {
      out.put(path, node.asText());
    }
  }

  /**
   * The first few characters by code point, and how many more: a whole script missing stays one
   * line.
   */
  private static String describe(Set<Integer> codePoints) {
    String shown =
        codePoints.stream()
            .limit(SHOWN)
            .map(
                cp ->
                    "\""
                        + new String(Character.toChars(cp))
                        + "\" (U+"
                        + String.format("%04X", cp)
                        + ")")
            .collect(Collectors.joining(", "));
    return codePoints.size() <= SHOWN
        ? shown
        : shown + " and " + (codePoints.size() - SHOWN) + " more";
  }
}
