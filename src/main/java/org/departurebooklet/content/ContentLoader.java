package org.departurebooklet.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.departurebooklet.BookletException;
import org.departurebooklet.io.IoProblems;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.departurebooklet.io.YamlErrors;
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
      .build();

  private static final Set<String> OPTIONAL = Set.of(
      "ProcedureRule.from", "ProcedureRule.recommend", "ProcedureRule.fromAbroad",
      "ProcedureRule.source", "ProcedureRule.sourceHost",
      "ServiceData.countries", "ServiceData.plans", "ProcedureText.note");

  /** One letter added, dropped or changed (-1 beyond): the typo of a key. */
  private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
  /** Two, for longer keys: a swapped pair of letters ("soruce"). */
  private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

  /** Quoted literal text in a date pattern, and the week-based year letter outside it. */
  private static final Pattern QUOTED = Pattern.compile("'[^']*'");
  private static final Pattern WEEK_YEAR = Pattern.compile("Y");

  /** A placeholder in a text: {@code {date}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");

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
    return result.content().orElseThrow(() -> failure("", result.problems()));
  }

  /**
   * The error that stops a command on content problems: each on its line, then where to see them
   * all. {@code scope} follows "problem(s)", such as {@code " in vi"}.
   */
  public static BookletException failure(String scope, List<String> problems) {
    return BookletException.badInput("the content has " + problems.size() + " problem(s)" + scope + ":"
        + System.lineSeparator() + String.join(System.lineSeparator(), problems) + System.lineSeparator()
        + "(booklet validate --content FOLDER lists every problem of every language)");
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
    Locale locale = strings == null ? Locale.ROOT : checkStrings(lang, prefix + "strings.yaml", strings);
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

  /**
   * The settings of strings.yaml that are not printed text; returns the locale. {@code lang}, the
   * folder's name, is what the booklet declares as its language (lang, /Lang).
   */
  private Locale checkStrings(String lang, String name, Strings strings) {
    Locale locale = Locale.ROOT;
    if (strings.locale() != null) {
      try {
        locale = new Locale.Builder().setLanguageTag(strings.locale()).build();
        if (!KNOWN_LANGUAGES.contains(locale.getLanguage())) {
          problems.add(file(name) + ": locale \"" + strings.locale() + "\" is not a language Java has "
              + "dates and country names for (use a code such as en, ja, vi, fr, pt-BR)");
        }
        if (!locale.getLanguage().isEmpty() && !lang.equals(locale.getLanguage())
            && !lang.equalsIgnoreCase(locale.toLanguageTag())) {
          problems.add(file(name) + ": locale \"" + strings.locale() + "\" is not the language the folder is "
              + "named for (\"" + lang + "\" becomes the document's language: name the folder "
              + locale.getLanguage() + ")");
        }
      } catch (IllformedLocaleException e) {
        problems.add(file(name) + ": locale \"" + strings.locale() + "\" is not a language tag "
            + "(use a code such as en, ja, vi, fr, pt-BR)");
      }
    }
    if (strings.dateFormat() != null) {
      checkFormat(name, "date_format", strings.dateFormat(), locale, true);
    }
    if (strings.shortDateFormat() != null) {
      checkFormat(name, "short_date_format", strings.shortDateFormat(), locale, false);
    }
    if (strings.fonts() != null && strings.fonts().isEmpty()) {
      problems.add(file(name) + ": fonts: the list is empty (name the font families to print this "
          + "language with, first choice first; see fonts/fonts.yaml)");
    }
    if (strings.lineHeight() != null && (strings.lineHeight() < MIN_LINE_HEIGHT || strings.lineHeight() > MAX_LINE_HEIGHT)) {
      problems.add(file(name) + ": line_height " + strings.lineHeight() + " must be " + MIN_LINE_HEIGHT
          + " to " + MAX_LINE_HEIGHT + " (times the font size)");
    }
    placeholders(name, "cover_generated", strings.coverGenerated(), Set.of("date"), Set.of());
    placeholders(name, "footer", strings.footer(), Set.of("page", "pages"), Set.of());
    placeholders(name, "timeline_from_to", strings.timelineFromTo(), Set.of("from", "to"), Set.of());
    placeholders(name, "timeline_from", strings.timelineFrom(), Set.of("from"), Set.of());
    placeholders(name, "timeline_overdue_hint", strings.timelineOverdueHint(), Set.of("date"), Set.of());
    placeholders(name, "qr_alt", strings.qrAlt(), Set.of("url"), Set.of("name"));
    LanguageText.PlanStrings plan = strings.plan();
    if (plan != null) {
      placeholders(name, "plan.best", plan.best(), Set.of("date"), Set.of());
      placeholders(name, "plan.today", plan.today(), Set.of("date"), Set.of());
      placeholders(name, "plan.page_ref", plan.pageRef(), Set.of("page"), Set.of());
      placeholders(name, "plan.office_closed", plan.officeClosed(), Set.of("day", "due", "office", "reason"), Set.of());
      placeholders(name, "plan.online_counter", plan.onlineCounter(), Set.of("due", "counter"), Set.of());
      for (var text : List.of(Map.entry("after_departure", plan.afterDeparture()),
          Map.entry("after_departure_online", plan.afterDepartureOnline()),
          Map.entry("notice_too_short", plan.noticeTooShort()), Map.entry("day_passed", plan.dayPassed()),
          Map.entry("left_japan", plan.leftJapan()))) {
        placeholders(name, "plan." + text.getKey(), text.getValue(), Set.of("date"), Set.of());
      }
      placeholders(name, "plan.holidays_until", plan.holidaysUntil(), Set.of("year"), Set.of());
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
      Optional<DueRule> recommend = Optional.ofNullable(rule.recommend()).map(r -> rule(where + ".recommend", r));
      Office office = rule.office() == null ? null : Office.fromCode(rule.office()).orElse(null);
      if (rule.office() != null && office == null) {
        problems.add(where + ".office: \"" + rule.office() + "\" is not a kind of office (use " + Office.accepted() + ")");
      }
      List<Way> ways = new ArrayList<>();
      for (String code : orEmpty(rule.how())) {
        Way.fromCode(code).ifPresentOrElse(ways::add, () -> problems.add(where + ".how: \"" + code
            + "\" is not a way to do a procedure (use " + Way.accepted() + ")"));
      }
      if (rule.how() != null && rule.how().isEmpty()) {
        problems.add(where + ".how: the list is empty (name how the procedure is done: " + Way.accepted() + ")");
      }
      if (from.isPresent() && due != null) {
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
      } else if (text != null && due != null && office != null) {
        procedures.add(new Content.Procedure(rule.id(), rule.term(), rule.reading(), from, due,
            recommend.filter(r -> r != null), office, ways, Boolean.TRUE.equals(rule.fromAbroad()),
            Optional.ofNullable(rule.source()), text));
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
          .forEach(c -> problems.add(where + ".countries: \"" + c + "\" is not an ISO 3166-1 alpha-2 code (use "
              + (c.equalsIgnoreCase("UK") ? "GB for the United Kingdom" : "e.g. VN, SG") + ")"));
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
      problems.add(file(name) + (Files.isDirectory(path) ? ": is a folder; it must be a file"
          : ": missing (looked in " + dir.toUri() + ")"));
      return null;
    }
    String text;
    try {
      byte[] bytes = Files.readAllBytes(path);
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      problems.add(file(name) + ": is not UTF-8 text (save it with the UTF-8 encoding)");
      return null;
    } catch (IOException e) {
      problems.add(file(name) + ": cannot be read (" + IoProblems.reason(e) + ")");
      return null;
    }
    if (text.indexOf('\u0000') >= 0) {
      problems.add(file(name) + ": is not UTF-8 text (it looks like UTF-16; save it with the UTF-8 encoding)");
      return null;
    }
    YamlShape shape = YamlShape.of(text);
    shape.problems().forEach(line -> problems.add(file(name) + line));
    SchemaProblems schema = new SchemaProblems(shape);
    try {
      JsonNode tree = YAML.readTree(text);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        problems.add(file(name) + ": is empty (only blank lines or comments)");
        return null;
      }
      Set<String> unknown = new HashSet<>();
      unknownKeys(tree, type, "", file(name), shape, unknown);
      T value = YAML.readerFor(type).withHandler(schema).readValue(tree);
      schema.lines().forEach(line -> problems.add(file(name) + line));
      if (value == null) {
        return null; // the top was not a group of keys: said above
      }
      Set<String> reported = new HashSet<>(schema.paths());
      reported.addAll(unknown);
      missing(value, "", file(name), reported);
      return value;
    } catch (IOException e) {
      if (!(e instanceof JacksonException)) {
        problems.add(file(name) + ": cannot be read (" + IoProblems.reason(e) + ")");
        return null;
      }
      schema.lines().forEach(line -> problems.add(file(name) + line));
      JacksonException jackson = (JacksonException) e;
      String keys = jsonPath(jackson);
      String original = jackson.getOriginalMessage() == null ? "" : jackson.getOriginalMessage();
      Optional<String> plain = plainWords(original);
      if (plain.isPresent()) {
        int line = shape.line(keys) > 0 ? shape.line(keys)
            : jackson.getLocation() == null ? -1 : jackson.getLocation().getLineNr();
        problems.add(file(name) + (line > 0 ? " line " + line : "") + ": " + (keys.isEmpty() ? "" : keys + ": ")
            + plain.get());
      } else if (original.contains("org.yaml.snakeyaml")) {
        if (shape.problems().isEmpty()) {
          problems.add(file(name) + YamlErrors.where(jackson).replaceFirst(": .*", "")
              + ": not YAML this program reads (keys must be plain words, values text, numbers or lists)");
        }
      } else {
        String where = YamlErrors.where(jackson); // " line 3, column 7: problem"
        int colon = where.indexOf(": ");
        problems.add(file(name) + (keys.isEmpty() || colon < 0 ? where
            : where.substring(0, colon) + ": " + keys + where.substring(colon)));
      }
    }
    return null;
  }

  /** Jackson's words for a number it cannot take, in a content editor's words; empty for others. */
  private static Optional<String> plainWords(String message) {
    if (message.contains("out of range of")) {
      return Optional.of("the number is too large (use a whole number up to " + Integer.MAX_VALUE + ")");
    }
    if (message.startsWith("Malformed numeric value")) {
      return Optional.of("is not a number this program reads (write it in digits, such as 1.5)");
    }
    return Optional.empty();
  }

  /**
   * Reports every key the schema does not have, with its line and the key probably meant, and a
   * fraction where a whole number belongs; each path reported is added to {@code reported}.
   */
  private void unknownKeys(JsonNode node, JavaType type, String path, String file, YamlShape shape,
      Set<String> reported) {
    Class<?> raw = type.getRawClass();
    TypeFactory types = YAML.getTypeFactory();
    if (raw.isRecord() && node.isObject()) {
      Map<String, RecordComponent> components = new LinkedHashMap<>();
      for (RecordComponent c : raw.getRecordComponents()) {
        components.put(snake(c.getName()), c);
      }
      node.fieldNames().forEachRemaining(key -> {
        String child = path.isEmpty() ? key : path + "." + key;
        RecordComponent component = components.get(key);
        if (component == null) {
          Optional<String> near = components.keySet().stream().filter(k -> ONE_EDIT.apply(k, key) >= 0).findFirst()
              .or(() -> key.length() < 5 ? Optional.empty()
                  : components.keySet().stream().filter(k -> TWO_EDITS.apply(k, key) >= 0).findFirst());
          problems.add(file + shape.at(child) + "unknown key"
              + (near.isPresent() ? " (did you mean " + near.get() + "?)"
              : components.size() <= 12 ? " (known keys: " + String.join(", ", components.keySet().stream().sorted().toList()) + ")"
              : " (the English file of the same name has every key)"));
          reported.add(child);
        } else if ((component.getType() == Integer.class || component.getType() == int.class)
            && node.get(key).isNumber() && !(node.get(key).isIntegralNumber() && node.get(key).canConvertToInt())) {
          // Binding would quietly drop a fraction, or stop the whole file at a number too large.
          problems.add(file + shape.at(child) + node.get(key).asText()
              + (node.get(key).isIntegralNumber() ? " is too large (use a whole number up to " + Integer.MAX_VALUE + ")"
              : " is not a whole number"));
          reported.add(child);
          ((ObjectNode) node).putNull(key); // bound as absent, and not reported again as missing
        } else {
          unknownKeys(node.get(key), types.constructType(component.getGenericType()), child, file, shape, reported);
        }
      });
    } else if (Map.class.isAssignableFrom(raw) && node.isObject()) {
      node.fieldNames().forEachRemaining(key -> unknownKeys(node.get(key), type.getContentType(),
          path.isEmpty() ? key : path + "." + key, file, shape, reported));
    } else if (Collection.class.isAssignableFrom(raw) && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        unknownKeys(node.get(i), type.getContentType(), path + "[" + i + "]", file, shape, reported);
      }
    }
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

  /**
   * A date pattern must be valid, print from a date alone (no hours), and tell days apart: the
   * day and month, and for {@code date_format} the year.
   */
  private void checkFormat(String name, String key, String pattern, Locale locale, boolean withYear) {
    DateTimeFormatter format;
    try {
      format = DateTimeFormatter.ofPattern(pattern, locale);
    } catch (IllegalArgumentException e) {
      problems.add(file(name) + ": " + key + " \"" + pattern + "\" is not a date pattern (" + e.getMessage() + ")");
      return;
    }
    if (WEEK_YEAR.matcher(QUOTED.matcher(pattern).replaceAll("")).find()) {
      problems.add(file(name) + ": " + key + " \"" + pattern + "\" uses Y, the week-based year, which is "
          + "a year off around New Year: use uuuu or yyyy");
      return;
    }
    // Days on the same weekday, so a weekday alone cannot tell them apart: Friday 5 March 2027,
    // Friday 12 March, Friday 5 February, and Friday 5 March of another year.
    LocalDate day = LocalDate.of(2027, 3, 5);
    LocalDate otherYear = Stream.iterate(day.minusYears(1), d -> d.minusYears(1))
        .filter(d -> d.getDayOfWeek() == day.getDayOfWeek()).findFirst().orElseThrow();
    try {
      String printed = format.format(day);
      if (printed.equals(format.format(day.plusWeeks(1))) || printed.equals(format.format(day.minusMonths(1)))
          || (withYear && printed.equals(format.format(otherYear)))) {
        problems.add(file(name) + ": " + key + " \"" + pattern + "\" does not show the day, the month"
            + (withYear ? " and the year" : "") + " (it prints " + printed + "; use letters such as d, M"
            + (withYear ? ", uuuu" : "") + ")");
      }
    } catch (DateTimeException e) {
      problems.add(file(name) + ": " + key + " \"" + pattern + "\" asks for what a date does not have ("
          + e.getMessage() + "); use day, month, year and weekday letters such as d, M, uuuu, E");
    }
  }

  /** The {placeholders} a text must hold, and the ones it may hold besides. */
  private void placeholders(String name, String key, String text, Set<String> required, Set<String> optional) {
    if (text == null) {
      return;
    }
    Set<String> found = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    String rest = PLACEHOLDER.matcher(text).replaceAll("");
    Set<String> known = new TreeSet<>(required);
    known.addAll(optional);
    String accepted = known.stream().map(p -> "{" + p + "}").collect(Collectors.joining(", "));
    List<String> missing = required.stream().filter(p -> !found.contains(p)).sorted().toList();
    List<String> unknown = found.stream().filter(p -> !known.contains(p)).toList();
    if (rest.contains("{") || rest.contains("}") || !unknown.isEmpty() || !missing.isEmpty()) {
      problems.add(file(name) + ": " + key + " \"" + text + "\" must hold "
          + required.stream().sorted().map(p -> "{" + p + "}").collect(Collectors.joining(" and "))
          + (optional.isEmpty() ? "" : " (and may hold " + optional.stream().map(p -> "{" + p + "}").collect(Collectors.joining(", ")) + ")")
          + ", written exactly so" + (unknown.isEmpty() ? "" : "; " + unknown.stream().map(p -> "{" + p + "}").collect(Collectors.joining(", ")) + " is not one of " + accepted));
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
