package org.departurebooklet.view;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.departurebooklet.content.Content;
import org.departurebooklet.content.LanguageText.Strings;
import org.departurebooklet.plan.DeparturePlan;
import org.departurebooklet.plan.PlanStep;
import org.departurebooklet.plan.Status;
import org.departurebooklet.plan.StepDates;

/**
 * The parts of the booklet that show the plan: the cover's next steps, the timeline and each
 * procedure's days. Formats what the plan computed ({@link PlanWords}); computes no date. Stateless
 * and thread-safe.
 */
final class PlanViews {

  /** Steps the cover's panel lists at most. */
  static final int NEXT_SHOWN = 6;

  /** Deadlines listed when nothing needs the student this week. */
  static final int NEXT_LATER = 3;

  private PlanViews() {}

  static BookletView.NextSteps next(Content content, DeparturePlan plan, PlanWords words) {
    if (plan.today().isEmpty()) {
      return null;
    }
    var w = content.strings().plan();
    LocalDate today = plan.today().get();
    LocalDate departure = plan.departure().orElseThrow();
    long days = ChronoUnit.DAYS.between(today, departure);
    String intro =
        days >= 0
            ? w.countdown()
                .replace("{today}", words.date(today))
                .replace("{days}", Long.toString(days))
            : null;
    List<PlanStep> now = plan.nextSteps();
    if (now.isEmpty()) {
      now = plan.later().stream().limit(NEXT_LATER).toList();
      intro = now.isEmpty() ? intro : (intro == null ? "" : intro + " ") + w.nextLater();
    }
    if (now.isEmpty()) {
      return null;
    }
    String lang = content.language();
    List<BookletView.NextItem> items =
        now.stream()
            .limit(NEXT_SHOWN)
            .map(
                step -> {
                  Optional<BookletView.Mark> mark = mark(step.status(), words);
                  return new BookletView.NextItem(
                      step.number(),
                      mark.map(BookletView.Mark::label).orElse(null),
                      mark.map(BookletView.Mark::kind).orElse(null),
                      ScriptRuns.split(step.procedure().text().checklist(), lang),
                      words.shortDate(step.dates().orElseThrow().due()),
                      step.id());
                })
            .toList();
    return new BookletView.NextSteps(
        plan.departed() ? w.nextAbroadTitle() : w.nextTitle(), intro, items);
  }

  static BookletView.Timeline timeline(Content content, DeparturePlan plan, PlanWords words) {
    Strings s = content.strings();
    RuleWords rules = new RuleWords(content);
    List<BookletView.Timeline.Line> lines = new ArrayList<>();
    Optional<LocalDate> today = plan.today();
    // Steps run by phase, not by date: today's line heads the checklist, and each row's mark says
    // where that step stands.
    today.ifPresent(t -> lines.add(todayLine(s, words, t)));
    boolean todayShown = true;
    Content.Phase phase = null;
    for (PlanStep step : plan.steps()) {
      if (step.dates().isEmpty()) {
        lines.addAll(phaseLine(step, phase));
        phase = step.procedure().phase();
        lines.add(
            new BookletView.Timeline.Line(
                new BookletView.Timeline.Row(
                    step.number(),
                    null,
                    null,
                    ScriptRuns.split(step.procedure().text().checklist(), content.language()),
                    step.id(),
                    null,
                    List.of(),
                    rules.of(step.procedure()),
                    s.handout().writeDate()),
                null,
                null));
        continue;
      }
      StepDates d = step.dates().orElseThrow();
      if (!todayShown && !d.due().isBefore(today.get())) {
        lines.add(todayLine(s, words, today.get()));
        todayShown = true;
      }
      if (!step.procedure().phase().equals(phase)) {
        phase = step.procedure().phase();
        lines.add(
            new BookletView.Timeline.Line(
                null, null, new BookletView.Timeline.PhaseHead(phase.number(), phase.title())));
      }
      List<String> notes = new ArrayList<>();
      words.best(step, today).ifPresent(notes::add);
      words.moved(step).ifPresent(notes::add);
      words.counter(step).ifPresent(notes::add);
      lines.add(
          new BookletView.Timeline.Line(
              new BookletView.Timeline.Row(
                  step.number(),
                  words.date(d.due()),
                  words.opens(d).orElse(null),
                  ScriptRuns.split(step.procedure().text().checklist(), content.language()),
                  step.id(),
                  mark(step.status(), words).orElse(null),
                  notes,
                  null,
                  null),
              null,
              null));
    }
    if (!todayShown) {
      lines.add(todayLine(s, words, today.get()));
    }
    boolean anyOverdue = plan.steps().stream().anyMatch(st -> st.status() == Status.OVERDUE);
    String intro =
        today.isPresent() ? s.timelineIntro() : s.handout().intro() + " " + rules.officeAdvice();
    return new BookletView.Timeline(
        "timeline",
        s.timelineTitle(),
        intro,
        s.timelineColDue(),
        s.timelineColTask(),
        s.plan().colPage(),
        s.timelineColNotes(),
        anyOverdue
            ? s.timelineOverdueHint().replace("{date}", words.date(today.orElseThrow()))
            : null,
        plan.holidaysUntil().map(words::holidaysUntil).orElse(null),
        lines,
        true);
  }

  /** The heading line of a step's phase, when the step opens it. */
  private static List<BookletView.Timeline.Line> phaseLine(PlanStep step, Content.Phase current) {
    Content.Phase phase = step.procedure().phase();
    return phase.equals(current)
        ? List.of()
        : List.of(
            new BookletView.Timeline.Line(
                null, null, new BookletView.Timeline.PhaseHead(phase.number(), phase.title())));
  }

  private static BookletView.Timeline.Line todayLine(Strings s, PlanWords words, LocalDate today) {
    return new BookletView.Timeline.Line(
        null, s.plan().today().replace("{date}", words.date(today)), null);
  }

  /** A procedure's when-line, mark and notes about its days. */
  record Days(String when, BookletView.Mark mark, List<String> notes) {}

  static Days days(PlanStep step, Optional<LocalDate> today, PlanWords words, RuleWords rules) {
    if (step.dates().isEmpty()) {
      return new Days(rules.of(step.procedure()), null, List.of());
    }
    StepDates d = step.dates().orElseThrow();
    List<String> notes = new ArrayList<>();
    words.moved(step).ifPresent(notes::add);
    words.counter(step).ifPresent(notes::add);
    words.best(step, today).ifPresent(notes::add);
    notes.addAll(words.conflicts(step));
    return new Days(words.when(d), mark(step.status(), words).orElse(null), notes);
  }

  static Optional<BookletView.Mark> mark(Status status, PlanWords words) {
    String kind =
        switch (status) {
          case OVERDUE -> "overdue";
          case DUE_TODAY -> "today";
          case THIS_WEEK -> "week";
          case OPEN_NOW -> "open";
          case NO_LONGER_POSSIBLE -> "gone";
          case LATER, UNDATED -> null;
        };
    return words.status(status).map(label -> new BookletView.Mark(label, kind));
  }
}
