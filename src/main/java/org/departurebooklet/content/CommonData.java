package org.departurebooklet.content;

import java.util.List;
import java.util.Map;

/**
 * content/common.yaml as written: the language-independent part of the content.
 *
 * @param factsChecked the day the facts were last checked against their official sources
 *     (YYYY-MM-DD)
 * @param noticeDays the apartment notice period used when a student gives none
 */
public record CommonData(
    String factsChecked,
    Integer noticeDays,
    List<String> phases,
    List<ProcedureRule> procedures,
    List<String> comparison,
    List<String> preparations,
    List<String> serviceTypes,
    List<ServiceData> services) {

  /**
   * One procedure's rules and official source; {@code from}, {@code recommend}, {@code source} and
   * {@code fromAbroad} may be null.
   *
   * @param phase the phase of leaving it belongs to (an id of {@code phases})
   * @param office where it is done, whose closed days move its due day ({@link Office} codes)
   * @param how the ways it can be done ({@link Way} codes), the usual one first
   * @param recommend the rule for the day an advisor would pick, inside the window
   * @param fromAbroad whether it can still be done after leaving Japan (else it is due by the
   *     departure)
   * @param source the official page in English (or the one page there is)
   * @param sources the same page in other languages, by language code, where the site has them
   * @param sourcesHost the host of those pages when it is not {@code sourceHost} (the Immigration
   *     Services Agency's Japanese pages are on moj.go.jp)
   * @param exampleCity for a city's procedure, the city whose page is given as an example (a key of
   *     {@code cities} in each strings.yaml)
   */
  public record ProcedureRule(
      String id,
      String term,
      String reading,
      String phase,
      String from,
      String due,
      String recommend,
      String office,
      List<String> how,
      Boolean fromAbroad,
      String source,
      Map<String, String> sources,
      String exampleCity,
      String sourceHost,
      String sourcesHost) {}

  /** One job-search service; {@code countries} and {@code plans} may be null (none). */
  public record ServiceData(
      String id,
      String name,
      String type,
      String url,
      String host,
      List<String> countries,
      List<String> plans) {}
}
