package org.departurebooklet.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;
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

  /** One letter added, dropped or changed (-1 beyond): the typo of a key. */
  private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

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
    if (common == null || strings == null || procedureTexts == null || comparisonText == null
        || preparationsText == null || servicesText == null) {
      return null;
    }

    Locale locale = Locale.forLanguageTag(strings.locale());
    checkFormat(prefix + "strings.yaml", "date_format", strings.dateFormat(), locale);
    checkFormat(prefix + "strings.yaml", "short_date_format", strings.shortDateFormat(), locale);
    if (!strings.qrAlt().contains("{url}")) {
      problems.add(file(prefix + "strings.yaml") + ": qr_alt \"" + strings.qrAlt()
          + "\" must contain {url} (and may contain {name}) so a screen reader says where the code leads");
    }
    if (!strings.footer().contains("{page}") || !strings.footer().contains("{pages}")) {
      problems.add(file(prefix + "strings.yaml") + ": footer \"" + strings.footer()
          + "\" must contain {page} and {pages}");
    }
    if (common.noticeDays() < 0 || common.noticeDays() > 365) {
      problems.add(file(COMMON) + ": notice_days " + common.noticeDays() + " must be 0 to 365");
    }

    List<Content.Procedure> procedures = new ArrayList<>();
    for (int i = 0; i < common.procedures().size(); i++) {
      CommonData.ProcedureRule rule = common.procedures().get(i);
      String where = file(COMMON) + ": procedures[" + i + "] (" + rule.id() + ")";
      Optional<DueRule> from = Optional.ofNullable(rule.from()).map(r -> rule(where + ".from", r));
      DueRule due = rule(where + ".due", rule.due());
      if (rule.source() != null) {
        Links.problems(rule.source(), rule.sourceHost())
            .forEach(p -> problems.add(where + ".source: " + p));
      }
      ProcedureText text = procedureTexts.get(rule.id());
      if (text == null) {
        problems.add(file(prefix + "procedures.yaml") + ": " + rule.id() + ": missing (every procedure of common.yaml needs its text)");
      } else if (due != null) {
        procedures.add(new Content.Procedure(rule.id(), rule.term(), rule.reading(), from, due,
            Optional.ofNullable(rule.source()), text));
      }
    }
    extraKeys(prefix + "procedures.yaml", "", procedureTexts.keySet(),
        common.procedures().stream().map(CommonData.ProcedureRule::id).toList());

    List<ComparisonText.Row> rows = ordered(prefix + "comparison.yaml", "rows", comparisonText.rows(), common.comparison());
    List<PreparationsText.Item> items = ordered(prefix + "preparations.yaml", "items", preparationsText.items(), common.preparations());
    ordered(prefix + "services.yaml", "types", servicesText.types(), common.serviceTypes());
    List<ServicesText.Service> serviceTexts = ordered(prefix + "services.yaml", "services", servicesText.services(),
        common.services().stream().map(CommonData.ServiceData::id).toList());

    List<Content.Service> services = new ArrayList<>();
    for (int i = 0; i < common.services().size() && i < serviceTexts.size(); i++) {
      CommonData.ServiceData s = common.services().get(i);
      String where = file(COMMON) + ": services[" + i + "] (" + s.id() + ")";
      Links.problems(s.url(), s.host()).forEach(p -> problems.add(where + ".url: " + p));
      if (!common.serviceTypes().contains(s.type())) {
        problems.add(where + ".type: \"" + s.type() + "\" is not one of service_types " + common.serviceTypes());
      }
      Set<String> countries = new LinkedHashSet<>(orEmpty(s.countries()));
      Set<String> iso = Set.of(Locale.getISOCountries());
      countries.stream().filter(c -> !iso.contains(c))
          .forEach(c -> problems.add(where + ".countries: \"" + c + "\" is not an ISO 3166-1 alpha-2 code (use e.g. VN, SG)"));
      Set<Plan> plans = new LinkedHashSet<>();
      for (String code : orEmpty(s.plans())) {
        Plan.fromCode(code).ifPresentOrElse(plans::add,
            () -> problems.add(where + ".plans: \"" + code + "\" is not a plan (use " + Plan.accepted() + ")"));
      }
      ServicesText.Service text = serviceTexts.get(i);
      services.add(new Content.Service(s.id(), s.name(), s.type(),
          servicesText.types().getOrDefault(s.type(), s.type()), s.url(), s.host(), countries, plans,
          text.regions(), text.strengths()));
    }

    return new Content(lang, locale, strings, common.noticeDays(), procedures,
        new Content.Comparison(comparisonText.intro(), comparisonText.colItem(),
            comparisonText.colAdvantage(), comparisonText.colDisadvantage(), rows),
        new Content.Preparations(preparationsText.intro(), items), services);
  }

  private <T> T read(String name, JavaType type) {
    Path path = dir.resolve(name);
    if (!Files.isRegularFile(path)) {
      problems.add(file(name) + ": missing (looked in " + dir.toUri() + ")");
      return null;
    }
    try {
      T value = YAML.readValue(Files.readAllBytes(path), type);
      if (value == null) {
        problems.add(file(name) + ": is empty");
        return null;
      }
      int before = problems.size();
      missing(value, "", file(name));
      return problems.size() == before ? value : null;
    } catch (UnrecognizedPropertyException e) {
      List<String> known = e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
      String unknown = e.getPropertyName();
      Optional<String> near = unknown == null ? Optional.empty()
          : known.stream().filter(k -> ONE_EDIT.apply(k, unknown) >= 0).findFirst();
      problems.add(file(name) + ": " + jsonPath(e) + ": unknown key" + (near.isPresent()
          ? " (did you mean " + near.get() + "?)"
          : known.size() <= 12 ? " (known keys: " + String.join(", ", known) + ")"
          : " (the English file of the same name has every key)"));
    } catch (JacksonException e) {
      String keys = jsonPath(e);
      String where = YamlErrors.where(e); // " line 3, column 7: problem"
      int colon = where.indexOf(": ");
      problems.add(file(name) + (keys.isEmpty() || colon < 0 ? where
          : where.substring(0, colon) + ": " + keys + where.substring(colon)));
    } catch (IOException e) {
      problems.add(file(name) + ": cannot be read (" + IoProblems.reason(e) + ")");
    }
    return null;
  }

  /** Adds a problem for every required record component (recursively) that is absent. */
  private void missing(Object value, String path, String file) {
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
          if (!OPTIONAL.contains(record.getClass().getSimpleName() + "." + c.getName())) {
            problems.add(file + ": " + childPath + ": missing");
          }
        } else {
          missing(child, childPath, file);
        }
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> missing(v, path.isEmpty() ? k.toString() : path + "." + k, file));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        missing(list.get(i), path + "[" + i + "]", file);
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
        problems.add(file(name) + ": " + prefix + k + ": not in common.yaml (known: " + String.join(", ", ids) + ")"));
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
