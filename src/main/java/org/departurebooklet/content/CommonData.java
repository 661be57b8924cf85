package org.departurebooklet.content;

import java.util.List;

/**
 * content/common.yaml as written: the language-independent part of the content.
 *
 * @param noticeDays the apartment notice period used when a student gives none
 */
public record CommonData(
    Integer noticeDays,
    List<ProcedureRule> procedures,
    List<String> comparison,
    List<String> preparations,
    List<String> serviceTypes,
    List<ServiceData> services) {

  /**
   * One procedure's rules and official source; {@code from}, {@code recommend}, {@code source} and
   * {@code fromAbroad} may be null.
   *
   * @param office where it is done, whose closed days move its due day ({@link Office} codes)
   * @param how the ways it can be done ({@link Way} codes), the usual one first
   * @param recommend the rule for the day an advisor would pick, inside the window
   * @param fromAbroad whether it can still be done after leaving Japan (else it is due by the departure)
   */
  public record ProcedureRule(
      String id, String term, String reading, String from, String due, String recommend,
      String office, List<String> how, Boolean fromAbroad, String source, String sourceHost) {}

  /** One job-search service; {@code countries} and {@code plans} may be null (none). */
  public record ServiceData(
      String id, String name, String type, String url, String host, List<String> countries,
      List<String> plans) {}
}
