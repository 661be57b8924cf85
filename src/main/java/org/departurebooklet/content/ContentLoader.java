package org.departurebooklet.content;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.departurebooklet.BookletException;
import org.departurebooklet.content.ContentProblem.Kind;
import org.departurebooklet.content.LanguageText.ComparisonText;
import org.departurebooklet.content.LanguageText.PreparationsText;
import org.departurebooklet.content.LanguageText.ProcedureText;
import org.departurebooklet.content.LanguageText.ServicesText;
import org.departurebooklet.content.LanguageText.Strings;

/**
 * Loads and checks one language edition of a content folder: content/common.yaml plus the
 * language's folder. Each file is read ({@link ContentFile}) and checked against its schema ({@link
 * SchemaCheck}), strings.yaml's settings are checked ({@link StringsSettings}), and the files are
 * joined with common.yaml ({@link ContentJoin}). Every problem found is reported with its file and
 * key; loading fails if there is any. Thread-safe (a loader per edition loaded).
 */
public final class ContentLoader {

  public static final String COMMON = "common.yaml";
  public static final List<String> LANGUAGE_FILES =
      List.of(
          "strings.yaml",
          "procedures.yaml",
          "comparison.yaml",
          "preparations.yaml",
          "services.yaml");

  private static final JavaType PROCEDURE_TEXTS =
      SchemaCheck.YAML
          .getTypeFactory()
          .constructType(new TypeReference<Map<String, ProcedureText>>() {});

  private final Path dir;

  /** How messages name the folder: content/ or the folder given. */
  private final String label;

  private final List<ContentProblem> problems = new ArrayList<>();

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
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          "cannot list content folder " + contentDir.toUri() + " (" + e.getMessage() + ")",
          e);
    }
  }

  /**
   * What checking one language edition found: every problem, and the content when there was none.
   */
  public record Result(Optional<Content> content, List<ContentProblem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  /** Loads one language edition, or fails listing every problem with its file and key. */
  public static Content load(Path contentDir, String language) {
    if (!languages(contentDir).contains(language)) {
      throw BookletException.badInput(
          "language \""
              + language
              + "\" has no content (available: "
              + String.join(", ", languages(contentDir))
              + ")");
    }
    Result result = check(contentDir, language);
    return result.content().orElseThrow(() -> failure("", result.problems()));
  }

  /**
   * The error that stops a command on content problems: each on its line, then where to see them
   * all. {@code scope} follows "problem(s)", such as {@code " in vi"}.
   */
  public static BookletException failure(String scope, List<ContentProblem> problems) {
    return BookletException.badInput(
        "the content has "
            + problems.size()
            + " problem(s)"
            + scope
            + ":"
            + System.lineSeparator()
            + problems.stream()
                .map(ContentProblem::describe)
                .collect(Collectors.joining(System.lineSeparator()))
            + System.lineSeparator()
            + "(booklet validate --content FOLDER lists every problem of every language)");
  }

  /**
   * Checks one language edition (with common.yaml) and returns every problem instead of failing:
   * what {@code booklet validate} prints.
   */
  public static Result check(Path contentDir, String language) {
    ContentLoader loader = new ContentLoader(contentDir);
    Optional<Content> content = loader.build(language);
    if (content.isEmpty() && loader.problems.isEmpty()) {
      loader.problems.add(
          ContentProblem.of(loader.label + language + "/", Kind.FILE, "could not be loaded"));
    }
    return new Result(loader.problems.isEmpty() ? content : Optional.empty(), loader.problems);
  }

  private Optional<Content> build(String lang) {
    String prefix = lang + "/";
    CommonData common = read(COMMON, type(CommonData.class));
    Strings strings = read(prefix + "strings.yaml", type(Strings.class));
    Map<String, ProcedureText> procedureTexts = read(prefix + "procedures.yaml", PROCEDURE_TEXTS);
    ComparisonText comparisonText = read(prefix + "comparison.yaml", type(ComparisonText.class));
    PreparationsText preparationsText =
        read(prefix + "preparations.yaml", type(PreparationsText.class));
    ServicesText servicesText = read(prefix + "services.yaml", type(ServicesText.class));

    // Every check runs on what could be read, so one mistake never hides the others; the content
    // is built only when none was found.
    Locale locale =
        strings == null
            ? Locale.ROOT
            : StringsSettings.check(lang, label + prefix + "strings.yaml", strings, problems);
    ContentJoin join = new ContentJoin(label, problems);
    List<Content.Procedure> procedures = new ArrayList<>();
    LocalDate factsChecked = null;
    List<Content.Phase> phases = List.of();
    if (common != null) {
      join.noticeDays(common);
      factsChecked = join.factsChecked(common);
      phases =
          strings == null
              ? List.of()
              : join.phases(common, strings.phases(), label + prefix + "strings.yaml");
      procedures =
          join.procedures(common, procedureTexts, label + prefix + "procedures.yaml", lang, phases);
    }
    List<ComparisonText.Row> rows =
        common == null || comparisonText == null
            ? List.of()
            : join.ordered(
                label + prefix + "comparison.yaml",
                "rows",
                comparisonText.rows(),
                common.comparison());
    List<PreparationsText.Item> items =
        common == null || preparationsText == null
            ? List.of()
            : join.ordered(
                label + prefix + "preparations.yaml",
                "items",
                preparationsText.items(),
                common.preparations());
    List<Content.Service> services =
        common == null
            ? List.of()
            : join.services(common, servicesText, label + prefix + "services.yaml");

    if (strings != null && strings.cities() != null) {
      procedures.stream()
          .flatMap(p -> p.exampleCity().stream())
          .distinct()
          .filter(city -> !strings.cities().containsKey(city))
          .forEach(
              city ->
                  problems.add(
                      ContentProblem.at(
                          label + prefix + "strings.yaml",
                          "cities." + city,
                          ContentProblem.Kind.MISSING,
                          "missing (common.yaml gives " + city + "'s page as an example)")));
    }
    if (!problems.isEmpty()
        || Stream.of(
                common, strings, procedureTexts, comparisonText, preparationsText, servicesText)
            .anyMatch(read -> read == null)) {
      return Optional.empty();
    }
    return Optional.of(
        new Content(
            lang,
            factsChecked,
            locale,
            strings,
            common.noticeDays(),
            phases,
            procedures,
            new Content.Comparison(
                comparisonText.intro(),
                comparisonText.colItem(),
                comparisonText.colAdvantage(),
                comparisonText.colDisadvantage(),
                rows),
            new Content.Preparations(preparationsText.intro(), items),
            services));
  }

  /**
   * One file of the folder as {@code type}, or null when it cannot be used (the problems are
   * added).
   */
  private <T> T read(String name, JavaType type) {
    String file = label + name;
    return ContentFile.read(dir, name, file, problems)
        .flatMap(text -> SchemaCheck.<T>read(file, text, type, problems))
        .orElse(null);
  }

  private static JavaType type(Class<?> type) {
    return SchemaCheck.YAML.constructType(type);
  }
}
