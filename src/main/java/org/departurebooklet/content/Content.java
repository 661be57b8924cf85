package org.departurebooklet.content;

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
    Locale locale,
    Strings strings,
    int noticeDays,
    List<Procedure> procedures,
    Comparison comparison,
    Preparations preparations,
    List<Service> services) {

  public Content {
    procedures = List.copyOf(procedures);
    services = List.copyOf(services);
  }

  /** A procedure: its rules, official source and text. */
  public record Procedure(
      String id, String term, String reading, Optional<DueRule> from, DueRule due,
      Optional<String> source, LanguageText.ProcedureText text) {}

  /** The comparison table in row order. */
  public record Comparison(
      String intro, String colItem, String colAdvantage, String colDisadvantage,
      List<LanguageText.ComparisonText.Row> rows) {}

  /** The preparations in order. */
  public record Preparations(String intro, List<LanguageText.PreparationsText.Item> items) {}

  /** A job-search service with its text; {@code countries} empty means worldwide. */
  public record Service(
      String id, String name, String type, String typeName, String url, String host,
      Set<String> countries, Set<Plan> plans, String regions, String strengths) {}

  /** The name of a plan in this language. */
  public String planName(Plan plan) {
    return switch (plan) {
      case RETURN_HOME -> strings.planReturnHome();
      case WORK_ABROAD -> strings.planWorkAbroad();
      case UNDECIDED -> strings.planUndecided();
    };
  }
}
