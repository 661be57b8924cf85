package org.departurebooklet.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.departurebooklet.content.ContentProblem.Kind;
import org.departurebooklet.content.LanguageText.ProcedureText;
import org.departurebooklet.content.LanguageText.ServicesText;
import org.departurebooklet.io.Links;
import org.departurebooklet.model.Student;

/**
 * Joins common.yaml with one language's files into the parts of {@link Content}: every id
 * common.yaml lists needs its text in the language, in common.yaml's order, and the language has no
 * text for an id it does not list. The rules and links of common.yaml are checked on the way:
 * deadline rules, ids used twice, links, service types, country and plan codes. Problems are added
 * to the list given; what cannot be joined is left out. One instance per language loaded; not
 * thread-safe.
 */
final class ContentJoin {

  /** A day every anchor of a deadline rule is set to, to compare two rules. */
  private static final LocalDate SAMPLE_DAY = LocalDate.of(2027, 3, 18);

  private static final int SAMPLE_NOTICE_DAYS = 60;

  /** Search words are a few words, printed on one line with their site under a QR code. */
  static final int MAX_SEARCH_LENGTH = 40;

  /** common.yaml as messages name it. */
  private final String commonFile;

  private final List<ContentProblem> problems;

  /** {@code folder}: how messages name the content folder, see {@link AssetDirs#contentLabel}. */
  ContentJoin(String folder, List<ContentProblem> problems) {
    this.commonFile = folder + ContentLoader.COMMON;
    this.problems = problems;
  }

  /** Checks the notice period common.yaml sets. */
  void noticeDays(CommonData common) {
    Integer days = common.noticeDays();
    if (days != null && (days < Student.MIN_NOTICE_DAYS || days > Student.MAX_NOTICE_DAYS)) {
      problems.add(
          ContentProblem.at(
              commonFile,
              "notice_days",
              Kind.SETTING,
              days + " must be " + Student.MIN_NOTICE_DAYS + " to " + Student.MAX_NOTICE_DAYS));
    }
  }

  /**
   * The procedures of common.yaml with their text from {@code textsFile} (null when it could not be
   * read).
   */
  /** The phases of common.yaml with their text from {@code stringsFile}. */
  List<Content.Phase> phases(
      CommonData common, Map<String, LanguageText.PhaseText> texts, String stringsFile) {
    List<String> ids = orEmpty(common.phases());
    List<LanguageText.PhaseText> ordered = ordered(stringsFile, "phases", texts, ids);
    if (ordered.size() != ids.size()) {
      return List.of(); // a phase's text is missing: reported
    }
    List<Content.Phase> phases = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      phases.add(
          new Content.Phase(ids.get(i), i + 1, ordered.get(i).title(), ordered.get(i).intro()));
    }
    return phases;
  }

  List<Content.Procedure> procedures(
      CommonData common,
      Map<String, ProcedureText> texts,
      String textsFile,
      String language,
      List<Content.Phase> phases) {
    List<Content.Procedure> procedures = new ArrayList<>();
    List<CommonData.ProcedureRule> rules = orEmpty(common.procedures());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      CommonData.ProcedureRule rule = rules.get(i);
      if (rule == null || rule.id() == null) {
        continue; // reported as missing
      }
      String where = "procedures[" + i + "] (" + rule.id() + ")";
      Integer first = seen.putIfAbsent(rule.id(), i);
      if (first != null) {
        problems.add(
            ContentProblem.at(
                commonFile,
                where + ".id",
                Kind.DUPLICATE,
                "\""
                    + rule.id()
                    + "\" is used twice (also procedures["
                    + first
                    + "]); every procedure needs its own id"));
      }
      Optional<DueRule> from = Optional.ofNullable(rule.from()).map(r -> rule(where + ".from", r));
      DueRule due = rule.due() == null ? null : rule(where + ".due", rule.due());
      Optional<DueRule> recommend =
          Optional.ofNullable(rule.recommend()).map(r -> rule(where + ".recommend", r));
      window(rule, where, from, due);
      Office office = office(rule, where);
      Content.Phase phase =
          phases.stream().filter(p -> p.id().equals(rule.phase())).findFirst().orElse(null);
      if (rule.phase() != null && phase == null && !phases.isEmpty()) {
        problems.add(
            ContentProblem.at(
                commonFile,
                where + ".phase",
                Kind.VALUE,
                "\""
                    + rule.phase()
                    + "\" is not one of phases "
                    + phases.stream().map(Content.Phase::id).toList()));
      }
      List<Way> ways = ways(rule, where);
      if (rule.source() != null) {
        link(where + ".source", rule.source(), rule.sourceHost());
      }
      if (rule.sources() != null) {
        String host = rule.sourcesHost() != null ? rule.sourcesHost() : rule.sourceHost();
        rule.sources().forEach((lang, url) -> link(where + ".sources." + lang, url, host));
      }
      ProcedureText text = texts == null ? null : texts.get(rule.id());
      if (texts != null && text == null) {
        problems.add(
            ContentProblem.at(
                textsFile,
                rule.id(),
                Kind.MISSING,
                "missing (every procedure of common.yaml needs its text)"));
      } else if (text != null) {
        source(rule, language)
            .ifPresent(url -> searchWords(textsFile, rule.id() + ".search", url, text.search()));
      }
      if (text != null && due != null) {
        problems.addAll(
            RuleNumbers.check(
                textsFile, rule.id(), text, from.filter(f -> f != null), due, language));
        if (office != null && phase != null) {
          procedures.add(
              new Content.Procedure(
                  rule.id(),
                  rule.term(),
                  rule.reading(),
                  phase,
                  from,
                  due,
                  recommend.filter(r -> r != null),
                  office,
                  ways,
                  Boolean.TRUE.equals(rule.fromAbroad()),
                  source(rule, language),
                  Optional.ofNullable(rule.exampleCity()),
                  RuleNumbers.fill(text, from.filter(f -> f != null), due)));
        }
      }
    }
    if (texts != null) {
      extraKeys(
          textsFile,
          "",
          texts.keySet(),
          rules.stream()
              .filter(r -> r != null && r.id() != null)
              .map(CommonData.ProcedureRule::id)
              .toList());
    }
    return procedures;
  }

  /**
   * The official page in the edition's language where the site has one, else the English (or only)
   * one.
   */
  private static Optional<String> source(CommonData.ProcedureRule rule, String language) {
    return Optional.ofNullable(rule.sources())
        .map(s -> s.get(language))
        .or(() -> Optional.ofNullable(rule.source()));
  }

  /** The day the facts were checked, or null (reported) when it is not a date. */
  LocalDate factsChecked(CommonData common) {
    if (common.factsChecked() == null) {
      return null; // reported as missing
    }
    try {
      return LocalDate.parse(common.factsChecked());
    } catch (DateTimeParseException e) {
      problems.add(
          ContentProblem.at(
              commonFile,
              "facts_checked",
              Kind.VALUE,
              "\""
                  + common.factsChecked()
                  + "\" is not a date (write the day the facts were last checked as YYYY-MM-DD)"));
      return null;
    }
  }

  /** Where the procedure is done, or null (reported) when the code is not an office. */
  private Office office(CommonData.ProcedureRule rule, String where) {
    if (rule.office() == null) {
      return null; // reported as missing
    }
    Optional<Office> office = Office.fromCode(rule.office());
    if (office.isEmpty()) {
      problems.add(
          ContentProblem.at(
              commonFile,
              where + ".office",
              Kind.VALUE,
              "\"" + rule.office() + "\" is not a kind of office (use " + Office.accepted() + ")"));
    }
    return office.orElse(null);
  }

  /** How the procedure is done, the usual way first; unknown codes are reported. */
  private List<Way> ways(CommonData.ProcedureRule rule, String where) {
    List<Way> ways = new ArrayList<>();
    for (String code : orEmpty(rule.how())) {
      Way.fromCode(code)
          .ifPresentOrElse(
              ways::add,
              () ->
                  problems.add(
                      ContentProblem.at(
                          commonFile,
                          where + ".how",
                          Kind.VALUE,
                          "\""
                              + code
                              + "\" is not a way to do a procedure (use "
                              + Way.accepted()
                              + ")")));
    }
    if (rule.how() != null && rule.how().isEmpty()) {
      problems.add(
          ContentProblem.at(
              commonFile,
              where + ".how",
              Kind.VALUE,
              "the list is empty (name how the procedure is done: " + Way.accepted() + ")"));
    }
    return ways;
  }

  /** A window that closes before it opens is a typo: counted from one day for every anchor. */
  private void window(
      CommonData.ProcedureRule rule, String where, Optional<DueRule> from, DueRule due) {
    if (from.isPresent()
        && due != null
        && from.get()
            .apply(SAMPLE_DAY, SAMPLE_DAY, SAMPLE_DAY, SAMPLE_NOTICE_DAYS)
            .isAfter(due.apply(SAMPLE_DAY, SAMPLE_DAY, SAMPLE_DAY, SAMPLE_NOTICE_DAYS))) {
      problems.add(
          ContentProblem.at(
              commonFile,
              where + ".from",
              Kind.VALUE,
              "\""
                  + rule.from()
                  + "\" comes after due \""
                  + rule.due()
                  + "\" (the window would close before it opens)"));
    }
  }

  /**
   * The services of common.yaml with their text from {@code textsFile} (null when it could not be
   * read).
   */
  List<Content.Service> services(CommonData common, ServicesText servicesText, String textsFile) {
    return new ServicesJoin(this, commonFile, problems).join(common, servicesText, textsFile);
  }

  /**
   * The values of {@code byId} (the {@code key} of {@code file}) in the order of {@code ids}, which
   * common.yaml lists; a missing or extra id is reported. Empty when either is null (reported as
   * missing).
   */
  <T> List<T> ordered(String file, String key, Map<String, T> byId, List<String> ids) {
    List<T> out = new ArrayList<>();
    if (byId == null || ids == null) {
      return out;
    }
    for (String id : ids) {
      T value = byId.get(id);
      if (value == null) {
        problems.add(
            ContentProblem.at(
                file, key + "." + id, Kind.MISSING, "missing (common.yaml lists " + id + ")"));
      } else {
        out.add(value);
      }
    }
    extraKeys(file, key + ".", byId.keySet(), ids);
    return out;
  }

  private void extraKeys(String file, String prefix, Collection<String> keys, List<String> ids) {
    keys.stream()
        .filter(k -> !ids.contains(k))
        .forEach(
            k ->
                problems.add(
                    ContentProblem.at(
                        file,
                        prefix + k,
                        Kind.UNLISTED,
                        "not in common.yaml (known: "
                            + String.join(", ", new LinkedHashSet<>(ids))
                            + ")")));
  }

  /**
   * A link too long to type is printed as its site and the words that find the page there, so they
   * must be given ({@code search} as written in {@code file}, or null); words given are a few, on
   * one line. A link with problems of its own is left to {@link #link}: trackers removed, it may be
   * short enough.
   */
  void searchWords(String file, String path, String url, String search) {
    String site = Links.site(url);
    if (search != null && !search.isBlank()) {
      if (search.length() > MAX_SEARCH_LENGTH || search.contains("\n")) {
        problems.add(
            ContentProblem.at(
                file,
                path,
                Kind.VALUE,
                "\""
                    + search
                    + "\" is not a few words on one line"
                    + " (give at most "
                    + MAX_SEARCH_LENGTH
                    + " characters that find the page on "
                    + site
                    + ", such as its title)"));
      }
    } else if (!Links.typable(url) && Links.problems(url, Links.hostOf(url)).isEmpty()) {
      problems.add(
          ContentProblem.at(
              file,
              path,
              Kind.MISSING,
              "missing: "
                  + url
                  + " is too long to type ("
                  + Links.display(url).length()
                  + " characters; up to "
                  + Links.TYPABLE_LENGTH
                  + " print as they are),"
                  + " so the booklet prints "
                  + site
                  + " and the words that find the page there: give its title or"
                  + " official term, as a reader of this edition searches for it"));
    }
  }

  void link(String path, String url, String host) {
    Links.problems(url, host)
        .forEach(p -> problems.add(ContentProblem.at(commonFile, path, Kind.LINK, p)));
  }

  private DueRule rule(String path, String text) {
    try {
      return DueRule.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(ContentProblem.at(commonFile, path, Kind.VALUE, e.getMessage()));
      return null;
    }
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
