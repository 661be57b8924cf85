package org.departurebooklet.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.departurebooklet.content.Content;
import org.departurebooklet.model.CleanText;
import org.departurebooklet.model.School;
import org.departurebooklet.model.Student;
import org.departurebooklet.plan.DeparturePlan;
import org.departurebooklet.plan.PlanStep;
import org.departurebooklet.plan.Status;
import org.departurebooklet.plan.StepDates;
import org.departurebooklet.view.PlanWords;
import org.departurebooklet.view.ScriptRuns;
import org.departurebooklet.web.PlanView.Answer;
import org.departurebooklet.web.PlanView.Fact;
import org.departurebooklet.web.PlanView.Line;
import org.departurebooklet.web.PlanView.Mark;
import org.departurebooklet.web.PlanView.Next;
import org.departurebooklet.web.PlanView.NextItem;
import org.departurebooklet.web.PlanView.Note;
import org.departurebooklet.web.PlanView.Row;

/**
 * Builds the plan page: a student's next steps and whole timeline, then the two downloads, whose
 * forms carry the answers again as hidden fields (nothing is kept on the server). The page's
 * headings are in the page's language; every date, mark and note is the booklet's, in the booklet's
 * language, formatted by {@link PlanWords} from the plan: this class computes no date. Immutable
 * and thread-safe.
 */
public final class PlanPage {

  /** Deadlines listed when nothing needs the student this week, as on the booklet's cover. */
  static final int NEXT_LATER = 3;

  static final String TIMELINE_ID = "timeline";

  private final WebAssets assets;
  private final String school;

  public PlanPage(WebAssets assets, Optional<School> school) {
    this.assets = assets;
    this.school = school.map(School::name).orElse(null);
  }

  /**
   * The page for a checked student.
   *
   * @param lang the page language
   * @param answers the form's answers as kept (see {@link FormAnswers#kept}), in form order
   * @param content the booklet's edition, whose words the plan is shown in
   */
  public String render(
      String lang,
      Map<String, String> answers,
      Content content,
      DeparturePlan plan,
      Student student) {
    PageText page = assets.texts().get(lang);
    PlanPageText t = page.planPage();
    PlanWords words = new PlanWords(content);
    String bookletLang = content.language().equals(lang) ? null : content.language();
    LocalDate today = plan.today().orElseThrow();
    boolean overdue = plan.steps().stream().anyMatch(s -> s.status() == Status.OVERDUE);
    String query = "?lang=" + lang;
    return assets.plan(
        new PlanView(
            lang,
            bookletLang,
            t.heading(student.name()),
            t,
            school,
            todayLine(content, words, today),
            facts(page, student, words),
            next(t, plan, words, content.language()),
            TIMELINE_ID,
            lines(content, plan, words),
            overdue ? t.overdueHint() : null,
            plan.holidaysUntil().map(words::holidaysUntil).orElse(null),
            hidden(answers),
            "/booklet" + query,
            "/calendar" + query,
            "/" + query));
  }

  /**
   * The student's own dates as on the booklet's cover: the moving-out day when it is not the
   * departure.
   */
  private static List<Fact> facts(PageText page, Student student, PlanWords words) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(page.labelGraduationDate(), words.date(student.graduationDate())));
    if (!student.moveOutDate().equals(student.departureDate())) {
      facts.add(new Fact(page.labelMoveOutDate(), words.date(student.moveOutDate())));
    }
    facts.add(new Fact(page.labelDepartureDate(), words.date(student.departureDate())));
    return facts;
  }

  /**
   * What needs the student now (from abroad, after the departure), or else the next few deadlines,
   * as the booklet's cover lists them; the page has room for every step that needs them.
   */
  private static Next next(
      PlanPageText t, DeparturePlan plan, PlanWords words, String bookletLang) {
    List<PlanStep> now = plan.nextSteps();
    String intro = null;
    if (now.isEmpty()) {
      now = plan.later().stream().limit(NEXT_LATER).toList();
      intro = now.isEmpty() ? null : t.nextLater();
    }
    List<NextItem> items =
        now.stream()
            .map(
                step -> {
                  StepDates d = step.dates().orElseThrow();
                  return new NextItem(
                      step.number(),
                      anchor(step),
                      words.date(d.due()),
                      d.due().toString(),
                      mark(step.status(), words),
                      ScriptRuns.split(step.procedure().text().checklist(), bookletLang));
                })
            .toList();
    return new Next(
        plan.departed() ? t.nextAbroadTitle() : t.nextTitle(),
        intro,
        items,
        !items.isEmpty(),
        items.isEmpty() ? t.nextNone() : null);
  }

  /** Every step in plan order, with the line for today where the booklet's timeline puts it. */
  private static List<Line> lines(Content content, DeparturePlan plan, PlanWords words) {
    LocalDate today = plan.today().orElseThrow();
    String todayLine = todayLine(content, words, today);
    List<Line> lines = new ArrayList<>();
    boolean todayShown = false;
    for (PlanStep step : plan.steps()) {
      StepDates d = step.dates().orElseThrow();
      if (!todayShown && !d.due().isBefore(today)) {
        lines.add(new Line(null, todayLine));
        todayShown = true;
      }
      lines.add(new Line(row(step, plan, words, content.language()), null));
    }
    if (!todayShown) {
      lines.add(new Line(null, todayLine));
    }
    return lines;
  }

  /** The booklet's "Today, ..." in its words. */
  private static String todayLine(Content content, PlanWords words, LocalDate today) {
    return content.strings().plan().today().replace("{date}", words.date(today));
  }

  private static Row row(PlanStep step, DeparturePlan plan, PlanWords words, String bookletLang) {
    StepDates d = step.dates().orElseThrow();
    List<Note> notes = new ArrayList<>();
    words.moved(step).ifPresent(n -> notes.add(new Note(n, false)));
    words.counter(step).ifPresent(n -> notes.add(new Note(n, false)));
    words.best(step, plan.today()).ifPresent(n -> notes.add(new Note(n, false)));
    words.conflicts(step).forEach(n -> notes.add(new Note(n, true)));
    String window = words.opens(d).isPresent() ? words.when(d) : "";
    return new Row(
        step.number(),
        anchor(step),
        words.date(d.due()),
        d.due().toString(),
        window,
        mark(step.status(), words),
        ScriptRuns.split(step.procedure().text().checklist(), bookletLang),
        notes,
        !notes.isEmpty());
  }

  /** The step's mark in the booklet's words, or null when it needs none (later). */
  private static Mark mark(Status status, PlanWords words) {
    String kind =
        switch (status) {
          case OVERDUE -> "overdue";
          case DUE_TODAY -> "today";
          case THIS_WEEK -> "week";
          case OPEN_NOW -> "open";
          case NO_LONGER_POSSIBLE -> "gone";
          case LATER, UNDATED -> null;
        };
    return words.status(status).map(label -> new Mark(label, kind)).orElse(null);
  }

  private static String anchor(PlanStep step) {
    return "step-" + step.id();
  }

  /**
   * The answers as the download forms send them again: cleaned as the checks read them, so no
   * control or bidi character is written into the page (U+0000 would come back as U+FFFD).
   */
  private static List<Answer> hidden(Map<String, String> answers) {
    List<Answer> out = new ArrayList<>();
    for (String field : FormPage.FIELDS) {
      String value = answers.get(field);
      if (value != null) {
        out.add(new Answer(field, CleanText.clean(value)));
      }
    }
    return out;
  }
}
