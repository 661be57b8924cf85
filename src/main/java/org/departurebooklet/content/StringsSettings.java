package org.departurebooklet.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.departurebooklet.content.ContentProblem.Kind;
import org.departurebooklet.content.LanguageText.Strings;

/**
 * The settings of a strings.yaml that are not printed text, checked so a booklet cannot print
 * wrong: the locale, the date patterns, the fonts list, the line height, and the {placeholders}
 * each text must hold. One instance per file checked; not thread-safe.
 */
final class StringsSettings {

  /** Quoted literal text in a date pattern, and the week-based year letter outside it. */
  private static final Pattern QUOTED = Pattern.compile("'[^']*'");

  private static final Pattern WEEK_YEAR = Pattern.compile("Y");

  /** A placeholder in a text: {@code {date}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");

  /** Line heights a page can be set with, times the font size. */
  private static final double MIN_LINE_HEIGHT = 1.0;

  private static final double MAX_LINE_HEIGHT = 2.5;

  /** The languages the Java runtime has dates and country names for. */
  private static final Set<String> KNOWN_LANGUAGES =
      Stream.of(Locale.getAvailableLocales())
          .map(Locale::getLanguage)
          .filter(l -> !l.isEmpty())
          .collect(Collectors.toUnmodifiableSet());

  private final String file;
  private final List<ContentProblem> problems;

  private StringsSettings(String file, List<ContentProblem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /**
   * Checks the settings of {@code strings}, read from {@code file} in the folder {@code lang}
   * (which the booklet declares as its language: lang, /Lang), adding what is wrong to {@code
   * problems}; returns the locale ({@link Locale#ROOT} when there is none to use).
   */
  static Locale check(String lang, String file, Strings strings, List<ContentProblem> problems) {
    StringsSettings settings = new StringsSettings(file, problems);
    Locale locale =
        strings.locale() == null ? Locale.ROOT : settings.locale(lang, strings.locale());
    if (strings.dateFormat() != null) {
      settings.dateFormat("date_format", strings.dateFormat(), locale, true);
    }
    if (strings.shortDateFormat() != null) {
      settings.dateFormat("short_date_format", strings.shortDateFormat(), locale, false);
    }
    if (strings.fonts() != null && strings.fonts().isEmpty()) {
      problems.add(
          ContentProblem.at(
              file,
              "fonts",
              Kind.VALUE,
              "the list is empty (name the font families to "
                  + "print this language with, first choice first; see fonts/fonts.yaml)"));
    }
    if (strings.lineHeight() != null
        && (strings.lineHeight() < MIN_LINE_HEIGHT || strings.lineHeight() > MAX_LINE_HEIGHT)) {
      settings.add(
          "line_height",
          strings.lineHeight()
              + " must be "
              + MIN_LINE_HEIGHT
              + " to "
              + MAX_LINE_HEIGHT
              + " (times the font size)");
    }
    settings.placeholders("cover_generated", strings.coverGenerated(), Set.of("date"), Set.of());
    settings.placeholders(
        "cover_facts_checked", strings.coverFactsChecked(), Set.of("date"), Set.of());
    settings.placeholders("source_example", strings.sourceExample(), Set.of("city"), Set.of());
    settings.placeholders("source_own_city", strings.sourceOwnCity(), Set.of("city"), Set.of());
    settings.placeholders(
        "services_fit_destination", strings.servicesFitDestination(), Set.of("country"), Set.of());
    settings.placeholders("footer", strings.footer(), Set.of("page", "pages"), Set.of());
    settings.placeholders(
        "timeline_from_to", strings.timelineFromTo(), Set.of("from", "to"), Set.of());
    settings.placeholders("timeline_from", strings.timelineFrom(), Set.of("from"), Set.of());
    settings.placeholders(
        "timeline_overdue_hint", strings.timelineOverdueHint(), Set.of("date"), Set.of());
    settings.placeholders("qr_alt", strings.qrAlt(), Set.of("url"), Set.of("name"));
    settings.placeholders("qr_search", strings.qrSearch(), Set.of("site", "words"), Set.of());
    if (strings.plan() != null) {
      settings.planPlaceholders(strings.plan());
    }
    if (strings.rules() != null) {
      settings.rulePlaceholders(strings.rules());
    }
    return locale;
  }

  /** The locale of {@code tag}: a language Java knows, the one the folder is named for. */
  private Locale locale(String lang, String tag) {
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      add(
          "locale",
          "\"" + tag + "\" is not a language tag (use a code such as en, ja, vi, fr, pt-BR)");
      return Locale.ROOT;
    }
    if (!KNOWN_LANGUAGES.contains(locale.getLanguage())) {
      add(
          "locale",
          "\""
              + tag
              + "\" is not a language Java has dates and country names for "
              + "(use a code such as en, ja, vi, fr, pt-BR)");
    }
    if (!locale.getLanguage().isEmpty()
        && !lang.equals(locale.getLanguage())
        && !lang.equalsIgnoreCase(locale.toLanguageTag())) {
      add(
          "locale",
          "\""
              + tag
              + "\" is not the language the folder is named for (\""
              + lang
              + "\" becomes the document's language: name the folder "
              + locale.getLanguage()
              + ")");
    }
    return locale;
  }

  /**
   * A date pattern must be valid, print from a date alone (no hours), and tell days apart: the day
   * and month, and with {@code withYear} the year.
   */
  private void dateFormat(String key, String pattern, Locale locale, boolean withYear) {
    DateTimeFormatter format;
    try {
      format = DateTimeFormatter.ofPattern(pattern, locale);
    } catch (IllegalArgumentException e) {
      add(key, "\"" + pattern + "\" is not a date pattern (" + e.getMessage() + ")");
      return;
    }
    if (WEEK_YEAR.matcher(QUOTED.matcher(pattern).replaceAll("")).find()) {
      add(
          key,
          "\""
              + pattern
              + "\" uses Y, the week-based year, which is a year off around New Year: "
              + "use uuuu or yyyy");
      return;
    }
    // Days on the same weekday, so a weekday alone cannot tell them apart: Friday 5 March 2027,
    // Friday 12 March, Friday 5 February, and Friday 5 March of another year.
    LocalDate day = LocalDate.of(2027, 3, 5);
    LocalDate otherYear =
        Stream.iterate(day.minusYears(1), d -> d.minusYears(1))
            .filter(d -> d.getDayOfWeek() == day.getDayOfWeek())
            .findFirst()
            .orElseThrow();
    try {
      String printed = format.format(day);
      if (printed.equals(format.format(day.plusWeeks(1)))
          || printed.equals(format.format(day.minusMonths(1)))
          || (withYear && printed.equals(format.format(otherYear)))) {
        add(
            key,
            "\""
                + pattern
                + "\" does not show the day, the month"
                + (withYear ? " and the year" : "")
                + " (it prints "
                + printed
                + "; use letters such as d, M"
                + (withYear ? ", uuuu" : "")
                + ")");
      }
    } catch (DateTimeException e) {
      add(
          key,
          "\""
              + pattern
              + "\" asks for what a date does not have ("
              + e.getMessage()
              + "); use day, month, year and weekday letters such as d, M, uuuu, E");
    }
  }

  /** The {placeholders} a text must hold, and the ones it may hold besides. */
  /** The placeholders of the rules in words ({@code rules:} in strings.yaml). */
  private void rulePlaceholders(LanguageText.RuleStrings rules) {
    placeholders("rules.point_before", rules.pointBefore(), Set.of("amount", "anchor"), Set.of());
    placeholders("rules.point_after", rules.pointAfter(), Set.of("amount", "anchor"), Set.of());
    placeholders("rules.within", rules.within(), Set.of("amount", "anchor"), Set.of());
    placeholders("rules.by", rules.by(), Set.of("point"), Set.of());
    placeholders("rules.window", rules.window(), Set.of("point", "to"), Set.of());
    if (rules.units() != null) {
      rules
          .units()
          .forEach(
              (unit, text) -> placeholders("rules.units." + unit, text, Set.of("n"), Set.of()));
    }
  }

  /** The placeholders of the plan's words ({@code plan:} in strings.yaml). */
  private void planPlaceholders(LanguageText.PlanStrings plan) {
    placeholders("plan.best", plan.best(), Set.of("date"), Set.of());
    placeholders("plan.reminder", plan.reminder(), Set.of("date"), Set.of());
    placeholders("plan.today", plan.today(), Set.of("date"), Set.of());
    placeholders("plan.page_ref", plan.pageRef(), Set.of("page"), Set.of());
    placeholders(
        "plan.office_closed",
        plan.officeClosed(),
        Set.of("day", "due", "office", "reason"),
        Set.of());
    placeholders("plan.online_counter", plan.onlineCounter(), Set.of("due", "counter"), Set.of());
    placeholders("plan.after_departure", plan.afterDeparture(), Set.of("date"), Set.of());
    placeholders(
        "plan.after_departure_online", plan.afterDepartureOnline(), Set.of("date"), Set.of());
    placeholders("plan.notice_too_short", plan.noticeTooShort(), Set.of("date"), Set.of());
    placeholders("plan.day_passed", plan.dayPassed(), Set.of("date"), Set.of());
    placeholders("plan.left_japan", plan.leftJapan(), Set.of("date"), Set.of());
    placeholders("plan.holidays_until", plan.holidaysUntil(), Set.of("year"), Set.of());
    placeholders("plan.countdown", plan.countdown(), Set.of("today", "days"), Set.of());
  }

  private void placeholders(String key, String text, Set<String> required, Set<String> optional) {
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
    boolean missing = required.stream().anyMatch(p -> !found.contains(p));
    List<String> unknown = found.stream().filter(p -> !known.contains(p)).toList();
    if (rest.contains("{") || rest.contains("}") || !unknown.isEmpty() || missing) {
      add(
          key,
          "\""
              + text
              + "\" must hold "
              + braced(new TreeSet<>(required), " and ")
              + (optional.isEmpty()
                  ? ""
                  : " (and may hold " + braced(new TreeSet<>(optional), ", ") + ")")
              + ", written exactly so"
              + (unknown.isEmpty()
                  ? ""
                  : "; " + braced(unknown, ", ") + " is not one of " + braced(known, ", ")));
    }
  }

  /** {@code {from} and {to}}: the names in their order, each in braces. */
  private static String braced(Collection<String> names, String separator) {
    return names.stream().map(p -> "{" + p + "}").collect(Collectors.joining(separator));
  }

  /** A problem with a setting's value, said after its key: {@code line_height 9.0 must be ...}. */
  private void add(String key, String message) {
    problems.add(ContentProblem.at(file, key, Kind.SETTING, message));
  }
}
