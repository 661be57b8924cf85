package org.departurebooklet.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.departurebooklet.content.ContentProblem.Kind;
import org.departurebooklet.content.LanguageText.ProcedureText;

/**
 * The numbers a procedure's prose takes from its rules, so "14 days" lives once, in common.yaml.
 * Prose writes {@code {days}}, {@code {months}} or {@code {years}} for the amount of the due rule
 * and {@code {from_days}} (and so on) for the window's first day; they are filled in when content
 * is loaded. A number the prose still writes out next to a unit its rules count in must be one of
 * the rules' amounts ("within 15 days" under {@code graduation + 14 days} is refused): for the
 * languages whose unit words are known here (en, ja, vi, zh, ko). Stateless and thread-safe.
 */
final class RuleNumbers {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(from_)?(days|months|years)\\}");

  /** How each language writes a number of days, months or years: group 1 is the number. */
  private static final Map<String, Map<DueRule.Unit, Pattern>> UNIT_WORDS =
      Map.of(
          "en",
              units(
                  "(\\d+)\\s*(?:-\\s*)?days?\\b",
                  "(\\d+)\\s*(?:-\\s*)?months?\\b",
                  "(\\d+)\\s*(?:-\\s*)?years?\\b"),
          // 日 after a month (5月27日) is a date, not a number of days; 年 after a number of four
          // digits is a year.
          "ja",
              units(
                  "(?<!月)(?<!\\d)(\\d{1,3})日(?!本)",
                  "(\\d+)(?:か|ヶ|カ|ケ)?月(?!\\d)",
                  "(?<!\\d)(\\d{1,2})年(?!\\d)"),
          "vi", units("(\\d+)\\s*ngày", "(\\d+)\\s*tháng", "(\\d+)\\s*năm"),
          // Chinese counts days in 天 (a date's day is 日) and months in 个月; 年 after four digits is a
          // year.
          "zh", units("(\\d+)\\s*天", "(\\d+)\\s*个月", "(?<!\\d)(\\d{1,2})\\s*年(?!\\d)"),
          // Korean: 일 after a month (5월 27일) is a date; 년 after four digits (2024년) is a year.
          "ko",
              units(
                  "(?<!월\\s?)(?<!\\d)(\\d{1,3})\\s*일",
                  "(\\d+)\\s*개월",
                  "(?<!\\d)(\\d{1,2})\\s*년(?!\\s*\\d)"));

  private RuleNumbers() {}

  private static Map<DueRule.Unit, Pattern> units(String days, String months, String years) {
    Map<DueRule.Unit, Pattern> map = new EnumMap<>(DueRule.Unit.class);
    map.put(DueRule.Unit.DAYS, Pattern.compile(days));
    map.put(DueRule.Unit.MONTHS, Pattern.compile(months));
    map.put(DueRule.Unit.YEARS, Pattern.compile(years, Pattern.CASE_INSENSITIVE));
    return map;
  }

  /** A procedure's text with its placeholders filled from its rules. */
  static ProcedureText fill(ProcedureText text, Optional<DueRule> from, DueRule due) {
    UnaryOperator<String> f =
        s ->
            s == null
                ? null
                : PLACEHOLDER
                    .matcher(s)
                    .replaceAll(
                        m -> {
                          Optional<DueRule> rule = m.group(1) == null ? Optional.of(due) : from;
                          return rule.filter(r -> counts(r, m.group(2)))
                              .map(r -> Integer.toString(r.amount()))
                              .orElse(m.group());
                        });
    return new ProcedureText(
        f.apply(text.title()),
        f.apply(text.checklist()),
        f.apply(text.summary()),
        text.what() == null ? null : text.what().stream().map(f).toList(),
        f.apply(text.where()),
        text.bring() == null ? null : text.bring().stream().map(f).toList(),
        f.apply(text.note()),
        text.search());
  }

  /**
   * Placeholders the rules cannot fill, and numbers the rules contradict, in every text of a
   * procedure as written in {@code language}.
   */
  static List<ContentProblem> check(
      String file,
      String id,
      ProcedureText text,
      Optional<DueRule> from,
      DueRule due,
      String language) {
    List<ContentProblem> problems = new ArrayList<>();
    for (Map.Entry<String, String> field : fields(text).entrySet()) {
      String where = id + "." + field.getKey();
      String value = field.getValue();
      Matcher m = PLACEHOLDER.matcher(value);
      while (m.find()) {
        Optional<DueRule> rule = m.group(1) == null ? Optional.of(due) : from;
        if (rule.filter(r -> counts(r, m.group(2))).isEmpty()) {
          problems.add(
              ContentProblem.at(
                  file,
                  where,
                  Kind.VALUE,
                  m.group()
                      + " has no rule to fill it: the "
                      + (m.group(1) == null ? "due" : "from")
                      + " rule of "
                      + id
                      + " is not counted in "
                      + m.group(2)));
        }
      }
      contradictions(value, from, due, language)
          .ifPresent(p -> problems.add(ContentProblem.at(file, where, Kind.VALUE, p)));
    }
    return problems;
  }

  /** Whether a rule counts a number of this unit ("days"): "departure" alone counts none. */
  private static boolean counts(DueRule rule, String unit) {
    return rule.amount() > 0 && rule.unit().name().equalsIgnoreCase(unit);
  }

  private static Optional<String> contradictions(
      String text, Optional<DueRule> from, DueRule due, String language) {
    Map<DueRule.Unit, Pattern> words = UNIT_WORDS.get(language);
    if (words == null) {
      return Optional.empty();
    }
    for (Map.Entry<DueRule.Unit, Pattern> unit : words.entrySet()) {
      Set<Integer> amounts = new TreeSet<>();
      for (DueRule rule : from.map(f -> List.of(f, due)).orElse(List.of(due))) {
        if (rule.unit() == unit.getKey() && rule.amount() > 0) {
          amounts.add(rule.amount());
        }
      }
      if (amounts.isEmpty()) {
        continue;
      }
      Matcher m = unit.getValue().matcher(text);
      while (m.find()) {
        if (!amounts.contains(Integer.parseInt(m.group(1)))) {
          String unitName = unit.getKey().name().toLowerCase(Locale.ROOT);
          return Optional.of(
              "\""
                  + m.group().strip()
                  + "\" does not match the rules of common.yaml (they count "
                  + amounts.stream().map(String::valueOf).collect(Collectors.joining(" or "))
                  + " "
                  + unitName
                  + "): write {"
                  + unitName
                  + "} to take the rule's number");
        }
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> fields(ProcedureText text) {
    Map<String, String> out = new LinkedHashMap<>();
    put(out, "title", text.title());
    put(out, "checklist", text.checklist());
    put(out, "summary", text.summary());
    put(out, "where", text.where());
    put(out, "note", text.note());
    if (text.what() != null) {
      for (int i = 0; i < text.what().size(); i++) {
        put(out, "what[" + i + "]", text.what().get(i));
      }
    }
    if (text.bring() != null) {
      for (int i = 0; i < text.bring().size(); i++) {
        put(out, "bring[" + i + "]", text.bring().get(i));
      }
    }
    return out;
  }

  private static void put(Map<String, String> out, String key, String value) {
    if (value != null) {
      out.put(key, value);
    }
  }
}
