package org.departurebooklet.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.departurebooklet.content.Content;
import org.departurebooklet.content.DueRule;
import org.departurebooklet.content.Office;
import org.departurebooklet.content.Way;
import org.departurebooklet.model.Student;

/**
 * Makes a student's {@link DeparturePlan}: each procedure's days from its rules, moved to the days
 * its office is open, a recommended day inside its window, where it stands today, and what the
 * student must be told. Immutable and thread-safe; make one per holiday list and share it.
 */
public final class Planner {

  /** Days ahead that count as "this week", today included. */
  static final int WEEK = 7;

  private final OfficeDays officeDays;

  public Planner(OfficeDays officeDays) {
    this.officeDays = Objects.requireNonNull(officeDays, "officeDays");
  }

  /** The plan of one student on {@code today}. */
  public DeparturePlan plan(Content content, Student student, LocalDate today) {
    int notice = student.noticeDays().orElse(content.noticeDays());
    List<Content.Procedure> procedures = content.procedures();
    record Dated(Content.Procedure procedure, StepDates dates) {}
    List<Dated> dated =
        procedures.stream()
            .map(p -> new Dated(p, dates(p, student, notice)))
            // By phase, then in content order: every student, and the advisor's handout, number the
            // steps the same, so "step 6" means the same thing to everyone in a room.
            .sorted(
                Comparator.comparingInt((Dated d) -> d.procedure().phase().number())
                    .thenComparing(d -> procedures.indexOf(d.procedure())))
            .toList();
    List<PlanStep> steps =
        IntStream.range(0, dated.size())
            .mapToObj(
                i -> step(i + 1, dated.get(i).procedure(), dated.get(i).dates(), student, today))
            .toList();
    Optional<Integer> holidaysUntil =
        steps.stream().anyMatch(s -> !s.dates().orElseThrow().holidaysKnown())
            ? Optional.of(officeDays.holidays().lastYear())
            : Optional.empty();
    return new DeparturePlan(
        Optional.of(today),
        Optional.of(student.departureDate()),
        steps,
        ServicePicks.forStudent(content, student),
        holidaysUntil,
        notice);
  }

  /**
   * A plan without a student (an advisor's handout): every step by phase, then in content order,
   * undated.
   */
  public DeparturePlan undated(Content content) {
    List<Content.Procedure> procedures =
        content.procedures().stream()
            .sorted(Comparator.comparingInt(p -> p.phase().number()))
            .toList();
    List<PlanStep> steps =
        IntStream.range(0, procedures.size())
            .mapToObj(
                i ->
                    new PlanStep(
                        i + 1, procedures.get(i), Optional.empty(), Status.UNDATED, List.of()))
            .toList();
    return new DeparturePlan(
        Optional.empty(),
        Optional.empty(),
        steps,
        ServicePicks.general(content),
        Optional.empty(),
        content.noticeDays());
  }

  private StepDates dates(Content.Procedure p, Student student, int notice) {
    LocalDate departure = student.departureDate();
    Optional<LocalDate> opens = p.from().map(rule -> apply(rule, student, notice));
    LocalDate legal = apply(p.due(), student, notice);
    LocalDate lastDay = !p.fromAbroad() && legal.isAfter(departure) ? departure : legal;
    OpenDay office = officeDays.lastOpenOnOrBefore(p.office(), lastDay);
    boolean online = p.ways().contains(Way.ONLINE);
    LocalDate due = online ? lastDay : office.day();
    Optional<LocalDate> counterDue =
        online && office.moved() ? Optional.of(office.day()) : Optional.empty();
    LocalDate earliest = opens.filter(o -> !o.isAfter(due)).orElse(LocalDate.MIN);
    LocalDate aim = p.recommend().map(rule -> apply(rule, student, notice)).orElse(due);
    LocalDate recommended = recommended(p.office(), clamp(aim, earliest, due), earliest, due);
    boolean known =
        office.holidaysKnown() && (p.office() == Office.NONE || officeDays.covers(recommended));
    return new StepDates(
        opens,
        legal,
        lastDay,
        due,
        online ? Optional.empty() : office.closure(),
        counterDue,
        recommended,
        known);
  }

  /** The day to aim for moved to an open day of the office, staying inside the window. */
  private LocalDate recommended(Office office, LocalDate aim, LocalDate earliest, LocalDate due) {
    LocalDate open = officeDays.lastOpenOnOrBefore(office, aim).day();
    if (!open.isBefore(earliest)) {
      return open;
    }
    LocalDate later = officeDays.firstOpenOnOrAfter(office, aim).day();
    return later.isAfter(due) ? due : later;
  }

  private PlanStep step(
      int number, Content.Procedure p, StepDates d, Student student, LocalDate today) {
    LocalDate departure = student.departureDate();
    boolean left = today.isAfter(departure);
    Status status;
    if (today.isAfter(d.due())) {
      status = left && !p.fromAbroad() ? Status.NO_LONGER_POSSIBLE : Status.OVERDUE;
    } else if (today.equals(d.due())) {
      status = Status.DUE_TODAY;
    } else if (d.due().isBefore(today.plusDays(WEEK))) {
      status = Status.THIS_WEEK;
    } else if (d.opens().isPresent() && !today.isBefore(d.opens().get())) {
      status = Status.OPEN_NOW;
    } else {
      status = Status.LATER;
    }
    List<Conflict> conflicts = new ArrayList<>();
    if (d.lastDay().isBefore(d.legal())) {
      conflicts.add(new Conflict(Conflict.Kind.AFTER_DEPARTURE, d.legal()));
    }
    if (status == Status.NO_LONGER_POSSIBLE) {
      conflicts.add(new Conflict(Conflict.Kind.LEFT_JAPAN, departure));
    } else if (status == Status.OVERDUE) {
      conflicts.add(
          new Conflict(
              p.due().unit() == DueRule.Unit.NOTICE
                  ? Conflict.Kind.NOTICE_TOO_SHORT
                  : Conflict.Kind.DAY_PASSED,
              d.due()));
    }
    return new PlanStep(number, p, Optional.of(d), status, conflicts);
  }

  private static LocalDate apply(DueRule rule, Student student, int notice) {
    return rule.apply(
        student.graduationDate(), student.departureDate(), student.moveOutDate(), notice);
  }

  private static LocalDate clamp(LocalDate day, LocalDate earliest, LocalDate latest) {
    return day.isBefore(earliest) ? earliest : day.isAfter(latest) ? latest : day;
  }
}
