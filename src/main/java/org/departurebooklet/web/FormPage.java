package org.departurebooklet.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.departurebooklet.model.FieldProblem;
import org.departurebooklet.model.Plan;
import org.departurebooklet.model.School;
import org.departurebooklet.model.StudentFields;
import org.departurebooklet.view.Paper;
import org.departurebooklet.web.FormView.ChoiceGroup;
import org.departurebooklet.web.FormView.ErrorLink;
import org.departurebooklet.web.FormView.Field;
import org.departurebooklet.web.FormView.LanguageLink;
import org.departurebooklet.web.FormView.ListInput;
import org.departurebooklet.web.FormView.Option;
import org.departurebooklet.web.FormView.Select;
import org.departurebooklet.web.FormView.TextInput;

/**
 * Builds the form page: empty with defaults, or re-shown with the student's answers and a message
 * next to each bad field. The next country is typed or picked from suggestions in the page's
 * language (see {@link Countries}). Immutable and thread-safe.
 */
public final class FormPage {

  /** The form field for the paper size; the other names are {@link StudentFields}'. */
  public static final String PAPER = "paper";

  /** Every field the form sends, in page order. */
  public static final List<String> FIELDS =
      List.of(
          StudentFields.NAME,
          StudentFields.GRADUATION_DATE,
          StudentFields.DEPARTURE_DATE,
          StudentFields.MOVE_OUT_DATE,
          StudentFields.PLAN,
          StudentFields.DESTINATION,
          StudentFields.LANGUAGE,
          PAPER);

  private final WebAssets assets;
  private final PageLanguages pageLanguages;
  private final Set<String> bookletLanguages;
  private final String fallbackBookletLanguage;
  private final Countries countries;
  private final String school;

  public FormPage(WebAssets assets, Set<String> bookletLanguages, String fallbackBookletLanguage) {
    this(assets, bookletLanguages, fallbackBookletLanguage, Optional.empty());
  }

  /** A form that names the school handing out the booklets, when one is given. */
  public FormPage(
      WebAssets assets,
      Set<String> bookletLanguages,
      String fallbackBookletLanguage,
      Optional<School> school) {
    this.school = school.map(School::name).orElse(null);
    this.assets = assets;
    this.pageLanguages = new PageLanguages(assets.texts().keySet());
    this.bookletLanguages = Set.copyOf(bookletLanguages);
    this.fallbackBookletLanguage = fallbackBookletLanguage;
    this.countries = new Countries(assets.texts().keySet());
  }

  /** The countries the destination field suggests and accepts. */
  public Countries countries() {
    return countries;
  }

  public PageLanguages languages() {
    return pageLanguages;
  }

  public PageText text(String lang) {
    return assets.texts().get(lang);
  }

  /**
   * The empty form with its defaults: A5, "not decided yet", the booklet in the page's language.
   */
  public String blank(String lang) {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put(StudentFields.PLAN, Plan.UNDECIDED.code());
    defaults.put(StudentFields.LANGUAGE, defaultBookletLanguage(lang));
    defaults.put(PAPER, Paper.A5.code());
    return assets.form(view(lang, defaults, List.of(), false));
  }

  /** The form again with the student's answers, the problems found and, if asked, the busy note. */
  public String refill(
      String lang, Map<String, String> values, List<FieldProblem> problems, boolean busy) {
    return assets.form(view(lang, values, problems, busy));
  }

  /** The booklet language a form in this page language starts with. */
  public String defaultBookletLanguage(String pageLang) {
    return bookletLanguages.contains(pageLang) ? pageLang : fallbackBookletLanguage;
  }

  FormView view(
      String lang, Map<String, String> values, List<FieldProblem> problems, boolean busy) {
    PageText t = text(lang);
    Map<String, String> labels = labels(t);
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldProblem p : problems) {
      String field = FIELDS.contains(p.field()) ? p.field() : StudentFields.NAME;
      errors.putIfAbsent(field, t.problem(labels.get(field), p));
    }
    String firstBad = FIELDS.stream().filter(errors::containsKey).findFirst().orElse("");
    List<ErrorLink> summary = new ArrayList<>();
    for (String field : FIELDS) {
      if (errors.containsKey(field)) {
        summary.add(new ErrorLink(anchor(field, values), errors.get(field)));
      }
    }
    Function<String, Field> field =
        id ->
            Field.of(
                id, labels.get(id), hint(t, id), errors.getOrDefault(id, ""), id.equals(firstBad));

    List<TextInput> inputs =
        List.of(
            new TextInput(
                field.apply(StudentFields.NAME),
                "text",
                false,
                value(values, StudentFields.NAME),
                true,
                StudentFields.MAX_NAME_LENGTH),
            date(field.apply(StudentFields.GRADUATION_DATE), values, true),
            date(field.apply(StudentFields.DEPARTURE_DATE), values, true),
            date(field.apply(StudentFields.MOVE_OUT_DATE), values, false));

    String plan = value(values, StudentFields.PLAN);
    ChoiceGroup plans =
        new ChoiceGroup(
            field.apply(StudentFields.PLAN),
            List.of(
                radio(Plan.RETURN_HOME.code(), t.planReturnHome(), plan, true),
                radio(Plan.WORK_ABROAD.code(), t.planWorkAbroad(), plan, false),
                radio(Plan.UNDECIDED.code(), t.planUndecided(), plan, false)));

    ListInput destination =
        new ListInput(
            field.apply(StudentFields.DESTINATION),
            destinationValue(lang, value(values, StudentFields.DESTINATION)),
            true,
            FormAnswers.MAX_FIELD_CHARS,
            StudentFields.DESTINATION + "-countries",
            countries.suggestions(lang));
    Select language =
        new Select(
            field.apply(StudentFields.LANGUAGE),
            false,
            languageOptions(lang, value(values, StudentFields.LANGUAGE)));

    String paper = value(values, PAPER).toLowerCase(Locale.ROOT);
    ChoiceGroup papers =
        new ChoiceGroup(
            field.apply(PAPER),
            List.of(
                radio(Paper.A5.code(), t.paperA5(), paper, true),
                radio(Paper.A4.code(), t.paperA4(), paper, false)));

    List<LanguageLink> others = otherPages(lang);
    String title = summary.isEmpty() ? t.title() : "(" + summary.size() + ") " + t.title();
    return new FormView(
        lang,
        title,
        t,
        "/plan?lang=" + lang,
        others,
        !others.isEmpty(),
        summary,
        !summary.isEmpty(),
        busy,
        inputs,
        plans,
        destination,
        language,
        papers,
        school);
  }

  /** A country given by code or in another language shows as its name in the page's language. */
  private String destinationValue(String lang, String given) {
    return countries
        .code(given, lang)
        .filter(c -> !c.equals(Countries.JAPAN))
        .map(c -> countries.name(c, lang))
        .orElse(given);
  }

  /**
   * The booklet editions, each named in its own language (marked with lang when not the page's).
   */
  private List<Option> languageOptions(String lang, String chosen) {
    String code = chosen.toLowerCase(Locale.ROOT);
    return bookletLanguages.stream()
        .sorted()
        .map(
            c -> {
              Locale locale = Locale.forLanguageTag(c);
              String name = locale.getDisplayLanguage(locale);
              return new Option(
                  c, name.isEmpty() ? c : name, c.equals(code), false, !c.equals(lang), c);
            })
        .toList();
  }

  private List<LanguageLink> otherPages(String lang) {
    return assets.texts().entrySet().stream()
        .filter(e -> !e.getKey().equals(lang))
        .map(e -> new LanguageLink(e.getKey(), e.getValue().languageName(), "/?lang=" + e.getKey()))
        .toList();
  }

  /** The id a summary link jumps to: for a radio group, its chosen (or first) radio. */
  private static String anchor(String field, Map<String, String> values) {
    if (field.equals(StudentFields.PLAN)) {
      return StudentFields.PLAN
          + "-"
          + Plan.fromCode(value(values, field)).orElse(Plan.RETURN_HOME).code();
    }
    if (field.equals(PAPER)) {
      return PAPER + "-" + Paper.fromCode(value(values, field)).orElse(Paper.A5).code();
    }
    return field;
  }

  private static TextInput date(Field field, Map<String, String> values, boolean required) {
    return new TextInput(field, "date", true, value(values, field.id()), required, 10);
  }

  private static Option radio(String value, String label, String chosen, boolean first) {
    return new Option(value, label, value.equals(chosen), first, false, "");
  }

  private static String value(Map<String, String> values, String field) {
    String v = values.get(field);
    return v == null ? "" : v;
  }

  private static Map<String, String> labels(PageText t) {
    return Map.of(
        StudentFields.NAME,
        t.labelName(),
        StudentFields.GRADUATION_DATE,
        t.labelGraduationDate(),
        StudentFields.DEPARTURE_DATE,
        t.labelDepartureDate(),
        StudentFields.MOVE_OUT_DATE,
        t.labelMoveOutDate(),
        StudentFields.PLAN,
        t.legendPlan(),
        StudentFields.DESTINATION,
        t.labelDestination(),
        StudentFields.LANGUAGE,
        t.labelLanguage(),
        PAPER,
        t.legendPaper());
  }

  private static String hint(PageText t, String field) {
    return switch (field) {
      case StudentFields.NAME -> t.hintName();
      case StudentFields.GRADUATION_DATE -> t.hintGraduationDate();
      case StudentFields.DEPARTURE_DATE -> t.hintDepartureDate();
      case StudentFields.MOVE_OUT_DATE -> t.hintMoveOutDate();
      case StudentFields.PLAN -> t.hintPlan();
      case StudentFields.DESTINATION -> t.hintDestination();
      case StudentFields.LANGUAGE -> t.hintLanguage();
      default -> t.hintPaper();
    };
  }
}
