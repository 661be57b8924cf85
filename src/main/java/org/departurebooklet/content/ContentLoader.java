package org.departurebooklet.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.departurebooklet.BookletException;
import org.departurebooklet.IoProblems;
import org.departurebooklet.YamlErrors;
import org.departurebooklet.content.LanguageText.ComparisonText;
import org.departurebooklet.content.LanguageText.PreparationsText;
import org.departurebooklet.content.LanguageText.ProcedureText;
import org.departurebooklet.content.LanguageText.ServicesText;
import org.departurebooklet.content.LanguageText.Strings;
import org.departurebooklet.model.Plan;

/**
 * Loads and checks a content folder: content/common.yaml plus one folder per language. Every
 * problem found is reported with its file and key; loading fails if there is any. Thread-safe.
 */
public final class ContentLoader {

  public static final String COMMON = "common.yaml";
  public static final List<String> LANGUAGE_FILES =
      List.of("strings.yaml", "procedures.yaml", "comparison.yaml", "preparations.yaml", "services.yaml");

  private static final ObjectMapper YAML = YAMLMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();

  private static final Set<String> OPTIONAL = Set.of(
      "ProcedureRule.from", "ProcedureRule.source", "ProcedureRule.sourceHost",
      "ServiceData.countries", "ServiceData.plans", "ProcedureText.note");

  /** Line heights a page can be set with, times the font size. */
  private static final double MIN_LINE_HEIGHT = 1.0;
  private static final double MAX_LINE_HEIGHT = 2.5;

  /** The languages the Java runtime has dates and country names for. */
  private static final Set<String> KNOWN_LANGUAGES = Stream.of(Locale.getAvailableLocales())
      .map(Locale::getLanguage).filter(l -> !l.isEmpty()).collect(Collectors.toUnmodifiableSet());

  private final Path dir;
  /** How messages name the folder: content/ or the folder given. */
  private final String label;
  private final List<String> problems = new ArrayList<>();

  private ContentLoader(Path dir) {
    this.dir = dir;
    this.label = AssetDirs.contentLabel(dir);
  }

  /** The language codes of a content folder: its subfolders holding a strings.yaml. */
  public static Set<String> languages(Path contentDir) {
    try (Stream<Path> children = Files.list(contentDir)) {
      return children
          .filter(p -> Files.isRegularFile(p.resolve("strings.yaml")))
          .map(p -> p.getFileName().toString().replace("/", ""))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new BookletException(BookletException.Kind.MISSING_ASSET,
          "cannot list content folder " + contentDir.toUri() + " (" + e.getMessage() + ")", e);
    }
  }

  /**
   * What checking one language edition found: every problem (one line each, starting with the
   * file and key), and the content when there was none.
   */
  public record Result(Optional<Content> content, List<String> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  /** Loads one language edition, or fails listing every problem with its file and key. */
  public static Content load(Path contentDir, String language) {
    if (!languages(contentDir).contains(language)) {
      throw BookletException.badInput("language \"" + language + "\" has no content (available: "
          + String.join(", ", languages(contentDir)) + ")");
    }
    Result result = check(contentDir, language);
    return result.content().orElseThrow(() -> new BookletException(BookletException.Kind.BAD_INPUT,
        "the content has " + result.problems().size() + " problem(s):" + System.lineSeparator()
            + String.join(System.lineSeparator(), result.problems()) + System.lineSeparator()
            + "(booklet validate --content FOLDER lists every problem of every language)"));
  }

  /**
   * Checks one language edition (with common.yaml) and returns every problem instead of failing:
   * what {@code booklet validate} prints.
   */
  public static Result check(Path contentDir, String language) {
    ContentLoader loader = new ContentLoader(contentDir);
    Content content = loader.build(language);
    if (content == null && loader.problems.isEmpty()) {
      loader.problems.add(AssetDirs.contentLabel(contentDir) + language + "/: could not be loaded");
    }
    return new Result(loader.problems.isEmpty() ? Optional.of(content) : Optional.empty(),
        loader.problems);
  }

  private Content build(String lang) {
    CommonData common = read(COMMON, YAML.constructType(CommonData.class));
    String prefix = lang + "/";
    Strings strings = read(prefix + "strings.yaml", YAML.constructType(Strings.class));
    Map<String, ProcedureText> procedureTexts =
        read(prefix + "procedures.yaml", YAML.getTypeFactory().constructType(new TypeReference<Map<String, ProcedureText>>() {}));
    ComparisonText comparisonText = read(prefix + "comparison.yaml", YAML.constructType(ComparisonText.class));
    PreparationsText preparationsText = read(prefix + "preparations.yaml", YAML.constructType(PreparationsText.class));
    ServicesText servicesText = read(prefix + "services.yaml", YAML.constructType(ServicesText.class));

    // Every check runs on what could be read, so one mistake never hides the others; the content
    // is built only when none was found.
    Locale locale = strings == null ? Locale.ROOT : checkStrings(prefix + "strings.yaml", strings);
    List<Content.Procedure> procedures = new ArrayList<>();
    if (common != null) {
      if (common.noticeDays() != null && (common.noticeDays() < 0 || common.noticeDays() > 365)) {
        problems.add(file(COMMON) + ": notice_days " + common.noticeDays() + " must be 0 to 365");
      }
      procedures = procedures(common, procedureTexts, prefix + "procedures.yaml");
    }
    List<ComparisonText.Row> rows = common == null || comparisonText == null ? List.of()
        : ordered(prefix + "comparison.yaml", "rows", comparisonText.rows(), common.comparison());
    List<PreparationsText.Item> items = common == null || preparationsText == null ? List.of()
        : ordered(prefix + "preparations.yaml", "items", preparationsText.items(), common.preparations());
    List<Content.Service> services = common == null ? List.of()
        : services(common, servicesText, prefix + "services.yaml");

    if (!problems.isEmpty() || common == null || strings == null || procedureTexts == null
        || comparisonText == null || preparationsText == null || servicesText == null) {
      return null;
    }
    return new Content(lang, locale, strings, common.noticeDays(), procedures,
        new Content.Comparison(comparisonText.intro(), comparisonText.colItem(),
            comparisonText.colAdvantage(), comparisonText.colDisadvantage(), rows),
        new Content.Preparations(preparationsText.intro(), items), services);
  }

  /** The settings of strings.yaml that are not printed text; returns the locale. */
  private Locale checkStrings(String name, Strings strings) {
    Locale locale = Locale.ROOT;
    if (strings.locale() != null) {
      try {
        locale = new Locale.Builder().setLanguageTag(strings.locale()).build();
        if (!KNOWN_LANGUAGES.contains(locale.getLanguage())) {
          problems.add(file(name) + ": locale \"" + strings.locale() + "\" is not a language Java has "
              + "dates and country names for (use a code such as en, ja, vi, fr, pt-BR)");
        }
      } catch (IllformedLocaleException e) {
        problems.add(file(name) + ": locale \"" + strings.locale() + "\" is not a language tag "
            + "(use a code such as en, ja, vi, fr, pt-BR)");
      }
    }
    if (strings.dateFormat() != null) {
      checkFormat(name, "date_format", strings.dateFormat(), locale);
    }
    if (strings.shortDateFormat() != null) {
      checkFormat(name, "short_date_format", strings.shortDateFormat(), locale);
    }
    if (strings.fonts() != null && strings.fonts().isEmpty()) {
      problems.add(file(name) + ": fonts: the list is empty (name the font families to print this "
          + "language with, first choice first; see fonts/fonts.yaml)");
    }
    if (strings.lineHeight() != null && (strings.lineHeight() < MIN_LINE_HEIGHT || strings.lineHeight() > MAX_LINE_HEIGHT)) {
      problems.add(file(name) + ": line_height " + strings.lineHeight() + " must be " + MIN_LINE_HEIGHT
          + " to " + MAX_LINE_HEIGHT + " (times the font size)");
    }
    if (strings.qrAlt() != null && !strings.qrAlt().contains("{url}")) {
      problems.add(file(name) + ": qr_alt \"" + strings.qrAlt()
          + "\" must contain {url} (and may contain {name}) so a screen reader says where the code leads");
    }
    if (strings.footer() != null && (!strings.footer().contains("{page}") || !strings.footer().contains("{pages}"))) {
      problems.add(file(name) + ": footer \"" + strings.footer() + "\" must contain {page} and {pages}");
    }
    return locale;
  }

  private List<Content.Procedure> procedures(CommonData common, Map<String, ProcedureText> texts, String textsFile) {
    List<Content.Procedure> procedures = new ArrayList<>();
    List<CommonData.ProcedureRule> rules = orEmpty(common.procedures());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      CommonData.ProcedureRule rule = rules.get(i);
      if (rule == null || rule.id() == null) {
        continue; // reported as missing
      }
      String where = file(COMMON) + ": procedures[" + i + "] (" + rule.id() + ")";
      Integer first = seen.putIfAbsent(rule.id(), i);
      if (first != null) {
        problems.add(where + ".id: \"" + rule.id() + "\" is used twice (also procedures[" + first
            + "]); every procedure needs its own id");
      }
      Optional<DueRule> from = Optional.ofNullable(rule.from()).map(r -> rule(where + ".from", r));
      DueRule due = rule.due() == null ? null : rule(where + ".due", rule.due());
      if (from.isPresent() && from.get() != null && due != null) {
        // Counted from one day for every anchor: a window that closes before it opens is a typo.
        LocalDate day = LocalDate.of(2027, 3, 18);
        if (from.get().apply(day, day, day, 60).isAfter(due.apply(day, day, day, 60))) {
          problems.add(where + ".from: \"" + rule.from() + "\" comes after due \"" + rule.due()
              + "\" (the window would close before it opens)");
        }
      }
      if (rule.source() != null) {
        Links.problems(rule.source(), rule.sourceHost())
            .forEach(p -> problems.add(where + ".source: " + p));
      }
      ProcedureText text = texts == null ? null : texts.get(rule.id());
      if (texts != null && text == null) {
        problems.add(file(textsFile) + ": " + rule.id() + ": missing (every procedure of common.yaml needs its text)");
      } else if (text != null && due != null && (from.isEmpty() || from.get() != null)) {
        procedures.add(new Content.Procedure(rule.id(), rule.term(), rule.reading(),
            from.map(f -> f), due, Optional.ofNullable(rule.source()), text));
      }
    }
    if (texts != null) {
      extraKeys(textsFile, "", texts.keySet(),
          rules.stream().filter(r -> r != null && r.id() != null).map(CommonData.ProcedureRule::id).toList());
    }
    return procedures;
  }

  private List<Content.Service> services(CommonData common, ServicesText servicesText, String textsFile) {
    List<CommonData.ServiceData> data = orEmpty(common.services());
    List<ServicesText.Service> serviceTexts = servicesText == null ? List.of()
        : ordered(textsFile, "services", servicesText.services(),
            data.stream().filter(s -> s != null && s.id() != null).map(CommonData.ServiceData::id).toList());
    if (servicesText != null) {
      ordered(textsFile, "types", servicesText.types(), orEmpty(common.serviceTypes()));
    }
    List<Content.Service> services = new ArrayList<>();
    Set<String> iso = Set.of(Locale.getISOCountries());
    for (int i = 0; i < data.size(); i++) {
      CommonData.ServiceData s = data.get(i);
      if (s == null) {
        continue;
      }
      String where = file(COMMON) + ": services[" + i + "] (" + s.id() + ")";
      if (s.url() != null) {
        Links.problems(s.url(), s.host()).forEach(p -> problems.add(where + ".url: " + p));
      }
      if (s.type() != null && !orEmpty(common.serviceTypes()).contains(s.type())) {
        problems.add(where + ".type: \"" + s.type() + "\" is not one of service_types " + common.serviceTypes());
      }
      Set<String> countries = new LinkedHashSet<>(orEmpty(s.countries()));
      countries.stream().filter(c -> !iso.contains(c))
          .forEach(c -> problems.add(where + ".countries: \"" + c + "\" is not an ISO 3166-1 alpha-2 code (use e.g. VN, SG)"));
      Set<Plan> plans = new LinkedHashSet<>();
      for (String code : orEmpty(s.plans())) {
        Plan.fromCode(code).ifPresentOrElse(plans::add,
            () -> problems.add(where + ".plans: \"" + code + "\" is not a plan (use " + Plan.accepted() + ")"));
      }
      if (i < serviceTexts.size() && servicesText != null && servicesText.types() != null) {
        ServicesText.Service text = serviceTexts.get(i);
        services.add(new Content.Service(s.id(), s.name(), s.type(),
            servicesText.types().getOrDefault(s.type(), s.type()), s.url(), s.host(), countries, plans,
            text.regions(), text.strengths()));
      }
    }
    return services;
  }

  private <T> T read(String name, JavaType type) {
    Path path = dir.resolve(name);
    if (!Files.isRegularFile(path)) {
      problems.add(file(name) + ": missing (looked in " + dir.toUri() + ")");
      return null;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      problems.add(file(name) + ": cannot be read (" + IoProblems.reason(e) + ")");
      return null;
    }
    if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
      problems.add(file(name) + ": is empty");
      return null;
    }
    SchemaProblems schema = new SchemaProblems();
    try {
      T value = YAML.readerFor(type).withHandler(schema).readValue(bytes);
      schema.lines().forEach(line -> problems.add(file(name) + line));
      if (value == null) {
        if (schema.paths().isEmpty()) {
          problems.add(file(name) + ": is empty");
        }
        return null;
      }
      missing(value, "", file(name), schema.paths());
      return value;
    } catch (JacksonException e) {
      schema.lines().forEach(line -> problems.add(file(name) + line));
      if (notUtf8(e)) {
        problems.add(file(name) + ": is not UTF-8 text (save it with the UTF-8 encoding)");
        return null;
      }
      String keys = jsonPath(e);
      String where = YamlErrors.where(e); // " line 3, column 7: problem"
      int colon = where.indexOf(": ");
      problems.add(file(name) + (keys.isEmpty() || colon < 0 ? where
          : where.substring(0, colon) + ": " + keys + where.substring(colon)));
    } catch (IOException e) {
      problems.add(file(name) + (notUtf8(e) ? ": is not UTF-8 text (save it with the UTF-8 encoding)"
          : ": cannot be read (" + IoProblems.reason(e) + ")"));
    }
    return null;
  }

  private static boolean notUtf8(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharConversionException || t instanceof MalformedInputException) {
        return true;
      }
    }
    return false;
  }

  /** Adds a problem for every required record component (recursively) that is absent. */
  private void missing(Object value, String path, String file, Set<String> reported) {
    if (value instanceof Record record) {
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        Object child;
        try {
          child = c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        String key = snake(c.getName());
        String childPath = path.isEmpty() ? key : path + "." + key;
        if (child == null || (child instanceof String s && s.isBlank())) {
          if (!OPTIONAL.contains(record.getClass().getSimpleName() + "." + c.getName())
              && !reported.contains(childPath)) {
            problems.add(file + ": " + childPath + ": missing");
          }
        } else {
          missing(child, childPath, file, reported);
        }
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> missing(v, path.isEmpty() ? k.toString() : path + "." + k, file, reported));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        missing(list.get(i), path + "[" + i + "]", file, reported);
      }
    }
  }

  private DueRule rule(String where, String text) {
    try {
      return DueRule.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(where + ": " + e.getMessage());
      return null;
    }
  }

  private void checkFormat(String name, String key, String pattern, Locale locale) {
    try {
      DateTimeFormatter.ofPattern(pattern, locale);
    } catch (IllegalArgumentException e) {
      problems.add(file(name) + ": " + key + " \"" + pattern + "\" is not a date pattern (" + e.getMessage() + ")");
    }
  }

  private <T> List<T> ordered(String name, String key, Map<String, T> byId, List<String> ids) {
    List<T> out = new ArrayList<>();
    if (byId == null || ids == null) {
      return out; // reported as missing
    }
    for (String id : ids) {
      T value = byId.get(id);
      if (value == null) {
        problems.add(file(name) + ": " + key + "." + id + ": missing (common.yaml lists " + id + ")");
      } else {
        out.add(value);
      }
    }
    extraKeys(name, key + ".", byId.keySet(), ids);
    return out;
  }

  private void extraKeys(String name, String prefix, Collection<String> keys, List<String> ids) {
    keys.stream().filter(k -> !ids.contains(k)).forEach(k ->
        problems.add(file(name) + ": " + prefix + k + ": not in common.yaml (known: " + String.join(", ", new LinkedHashSet<>(ids)) + ")"));
  }

  private String file(String name) {
    return label + name;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  private static String jsonPath(JacksonException e) {
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
      return m.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining("."));
    }
    return "";
  }
}
