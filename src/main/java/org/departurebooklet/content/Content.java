package org.departurebooklet.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.departurebooklet.content.LanguageText.Strings;
import org.departurebooklet.model.Plan;

/**
 * The whole content of one language edition, checked and joined with the language-independent
 * rules. Immutable and thread-safe; load it once with {@link ContentLoader} and reuse it.
 */
public record Content(
    String language,
    LocalDate factsChecked,
    Locale locale,
    Strings strings,
    int noticeDays,
    List<Phase> phases,
    List<Procedure> procedures,
    Comparison comparison,
    Preparations preparations,
    List<Service> services) {

  /**
   * The edition used when no language is asked for, the language of the web page when the browser
   * names none we have, and the edition every other one is compared with.
   */
  public static final String DEFAULT_LANGUAGE = "en";

  public Content {
    phases = List.copyOf(phases);
    procedures = List.copyOf(procedures);
    services = List.copyOf(services);
  }

  /** A phase of leaving: its number from 1 in the order a student lives them, heading and intro. */
  public record Phase(String id, int number, String title, String intro) {}

  /**
   * A procedure: its rules, where and how it is done, its official source and text.
   *
   * @param recommend the rule for the day to aim for, if it differs from the due day
   * @param ways how it can be done, the usual way first
   * @param fromAbroad whether it can still be done after the departure
   * @param source the official page in this edition's language where there is one, else in English
   * @param exampleCity the city whose page {@code source} is, when it is one city's example
   */
  public record Procedure(
      String id,
      String term,
      String reading,
      Phase phase,
      Optional<DueRule> from,
      DueRule due,
      Optional<DueRule> recommend,
      Office office,
      List<Way> ways,
      boolean fromAbroad,
      Optional<String> source,
      Optional<String> exampleCity,
      LanguageText.ProcedureText text) {
    public Procedure {
      ways = List.copyOf(ways);
    }

    /** Whether it is done in person at a counter, where the Japanese term is shown. */
    public boolean atCounter() {
      return ways.contains(Way.COUNTER) || ways.contains(Way.AIRPORT);
    }
  }

  /** The comparison table in row order. */
  public record Comparison(
      String intro,
      String colItem,
      String colAdvantage,
      String colDisadvantage,
      List<LanguageText.ComparisonText.Row> rows) {}

  /** The preparations in order. */
  public record Preparations(String intro, List<LanguageText.PreparationsText.Item> items) {}

  /**
   * A job-search service with its text; {@code countries} empty means worldwide.
   *
   * @param search the words that find its page on its site, printed when the link is too long to
   *     type
   */
  public record Service(
      String id,
      String name,
      String type,
      String typeName,
      String url,
      String host,
      Set<String> countries,
      Set<Plan> plans,
      String regions,
      String strengths,
      Optional<String> search) {}

  /** The name of a plan in this language. */
  public String planName(Plan plan) {
    return switch (plan) {
      case RETURN_HOME -> strings.planReturnHome();
      case WORK_ABROAD -> strings.planWorkAbroad();
      case UNDECIDED -> strings.planUndecided();
    };
  }
}
