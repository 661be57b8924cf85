package org.departurebooklet.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a student must do before (and after) leaving Japan, and when: computed once by the {@link
 * Planner} from the content's rules, the student and today. The PDF, the calendar file and the web
 * page all render from it. Immutable.
 *
 * @param today the day the plan was made for; empty in a plan without a student
 * @param departure the student's departure; empty in a plan without a student
 * @param steps every procedure, by phase and then in content order, numbered so: the same numbers
 *     for every student and the advisor's handout
 * @param services job-search services in the order to show them
 * @param holidaysUntil the last year the holiday list covers, present when a day of the plan lies
 *     beyond it (the booklet says those days were checked for weekends and the New Year only)
 * @param noticeDays the apartment notice period the plan counted, in days: the student's own, or
 *     the content's usual one
 */
public record DeparturePlan(
    Optional<LocalDate> today,
    Optional<LocalDate> departure,
    List<PlanStep> steps,
    List<ServicePicks.Pick> services,
    Optional<Integer> holidaysUntil,
    int noticeDays) {

  public DeparturePlan {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(departure, "departure");
    steps = List.copyOf(steps);
    services = List.copyOf(services);
    Objects.requireNonNull(holidaysUntil, "holidaysUntil");
  }

  /** Whether the student had already left Japan on the day the plan was made. */
  public boolean departed() {
    return today.isPresent() && departure.isPresent() && today.get().isAfter(departure.get());
  }

  /**
   * The steps that need the student's attention today, most urgent first: overdue, due today, this
   * week, then open windows, each by the day it is due.
   */
  public List<PlanStep> nextSteps() {
    return steps.stream()
        .filter(s -> s.status().needsAttention())
        .sorted(
            Comparator.comparing(PlanStep::status)
                .thenComparing(s -> s.dates().orElseThrow().due()))
        .toList();
  }

  /** The steps still ahead (not yet needing attention), by the day they are due. */
  public List<PlanStep> later() {
    return steps.stream()
        .filter(s -> s.status() == Status.LATER)
        .sorted(Comparator.comparing(s -> s.dates().orElseThrow().due()))
        .toList();
  }
}
