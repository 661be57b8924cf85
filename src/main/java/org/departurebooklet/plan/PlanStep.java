package org.departurebooklet.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.departurebooklet.content.Content;

/**
 * One procedure in a student's plan: its rule and text (from content), its days when the plan has a
 * student, where it stands today, and what the student must be told about it.
 *
 * @param number its number in the plan's order, from 1: the same in the timeline, its section, the
 *     bookmarks and the contents
 * @param dates its days; empty in a plan without a student (a handout prints the rule instead)
 */
public record PlanStep(
    int number,
    Content.Procedure procedure,
    Optional<StepDates> dates,
    Status status,
    List<Conflict> conflicts) {

  public PlanStep {
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(status, "status");
    conflicts = List.copyOf(conflicts);
    if (dates.isEmpty() != (status == Status.UNDATED)) {
      throw new IllegalArgumentException("a step without dates is UNDATED, and only such a step");
    }
  }

  public String id() {
    return procedure.id();
  }
}
