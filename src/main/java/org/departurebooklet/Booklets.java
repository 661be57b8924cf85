package org.departurebooklet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.departurebooklet.calendar.IcsFile;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.content.Content;
import org.departurebooklet.io.AtomicFile;
import org.departurebooklet.model.CleanText;
import org.departurebooklet.model.FieldProblem;
import org.departurebooklet.model.Plan;
import org.departurebooklet.model.School;
import org.departurebooklet.model.Student;
import org.departurebooklet.model.StudentFields;
import org.departurebooklet.plan.DeparturePlan;
import org.departurebooklet.plan.Holidays;
import org.departurebooklet.plan.OfficeDays;
import org.departurebooklet.plan.Planner;
import org.departurebooklet.render.FontChoice;
import org.departurebooklet.render.FontLibrary;
import org.departurebooklet.render.Repertoire;
import org.departurebooklet.render.Templates;
import org.departurebooklet.view.BookletViews;
import org.departurebooklet.view.CalendarEvents;
import org.departurebooklet.view.Paper;

/**
 * The one entry point every front end (command line, batch, web) calls: student in, booklet out; an
 * advisor's handouts through {@link #handouts()}.
 *
 * <p>An instance holds the loaded content, the compiled templates and the parsed fonts. It is
 * thread-safe and meant to live as long as the process: make one with {@link #packaged()} or {@link
 * #open(AssetDirs)} and share it across threads and booklets.
 */
public final class Booklets {

  /** The language used when neither the request nor the student names one. */
  public static final String DEFAULT_LANGUAGE = Content.DEFAULT_LANGUAGE;

  /**
   * How one booklet is made.
   *
   * @param language overrides the student's own choice when present
   * @param today the day deadlines count from; earlier ones are marked overdue
   * @param created the creation date written into the PDF (fixed, so reruns give the same bytes)
   * @param tagged accessibility tagging (PDF/UA-1 and PDF/A-2u); on unless speed matters more
   */
  public record Options(
      Paper paper, Optional<String> language, LocalDate today, Instant created, boolean tagged) {
    public Options {
      Objects.requireNonNull(paper, "paper");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(today, "today");
      Objects.requireNonNull(created, "created");
    }

    /** Tagged (accessible and archival). */
    public Options(Paper paper, Optional<String> language, LocalDate today, Instant created) {
      this(paper, language, today, created, true);
    }

    public Options withTagged(boolean on) {
      return new Options(paper, language, today, created, on);
    }

    /** A5 in the student's language, dated today, created at the start of today (UTC). */
    public static Options defaults(LocalDate today) {
      return new Options(
          Paper.A5, Optional.empty(), today, today.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
  }

  /** A rendered booklet. */
  public record Rendered(byte[] pdf, int pages) {}

  /**
   * A student whose every field was checked and whose name and ID the booklet's fonts can print,
   * with the options and edition the check was made for: what every output renders from. Only
   * {@link #check} makes one, so no front end can render an unchecked student. Immutable.
   */
  public static final class CheckedStudent {
    private final Student student;
    private final Options options;
    private final String language;

    private CheckedStudent(Student student, Options options, String language) {
      this.student = student;
      this.options = options;
      this.language = language;
    }

    public Student student() {
      return student;
    }

    public Options options() {
      return options;
    }

    /** The edition the booklet is made in. */
    public String language() {
      return language;
    }
  }

  /**
   * The outcome of {@link #check}: the checked student, or every problem found (bad fields and
   * characters no font prints, in one list, so a person fixes everything in one round).
   */
  public record Check(Optional<CheckedStudent> student, List<FieldProblem> problems) {
    public Check {
      problems = List.copyOf(problems);
      if (student.isPresent() != problems.isEmpty()) {
        throw new IllegalArgumentException("a check has a student or problems, not both");
      }
    }

    public boolean ok() {
      return student.isPresent();
    }

    /**
     * The student, or a bad-input error listing each problem on its own line after {@code source}.
     */
    public CheckedStudent orElseThrow(String source) {
      return student.orElseThrow(
          () ->
              BookletException.badInput(
                  problems.stream()
                      .map(p -> (source.isEmpty() ? "" : source + ": ") + p.describe())
                      .collect(Collectors.joining(System.lineSeparator()))));
    }
  }

  private final AssetDirs dirs;
  private final Optional<School> school;
  private final Editions editions;
  private final FontLibrary fonts;
  private final EditionFonts editionFonts;
  private final Templates templates;
  private final FoldingRenderer renderer;
  private final Planner planner;
  private final Handouts handouts;

  private Booklets(AssetDirs dirs, Optional<School> school, String schoolSource) {
    this.dirs = dirs;
    this.school = school;
    this.editions = new Editions(dirs.content());
    // The trimmed fonts' repertoire is read beside the rest of the start-up; the first render
    // waits.
    this.fonts =
        FontLibrary.load(dirs.fonts(), CompletableFuture.supplyAsync(() -> Repertoire.of(dirs)));
    this.editionFonts = new EditionFonts(fonts, editions);
    this.templates = Templates.load(dirs.templates());
    this.renderer = new FoldingRenderer(fonts, dirs.templates(), school.flatMap(School::logo));
    this.planner = new Planner(new OfficeDays(holidays(dirs)));
    this.handouts = new Handouts(editions, school, editionFonts, templates, planner, renderer);
    content(DEFAULT_LANGUAGE);
    editionFonts.requireOwnContentPrintable(dirs);
    school.ifPresent(s -> editionFonts.requirePrintable(s, schoolSource));
    tryOwnFolders();
  }

  /**
   * A school's own content, templates or fonts: one booklet of a made-up student is rendered per
   * language at start (about a second each), so what passes every check and still cannot render,
   * such as a template whose XHTML does not parse, stops the command before its first student with
   * the file named, never failing every booklet of a batch or every request of the web page. The
   * packed folders are rendered by the tests.
   */
  private void tryOwnFolders() {
    if (dirs.equals(AssetDirs.packaged())) {
      return;
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Student madeUp =
        new Student(
            "Test Student",
            Optional.of("TEST-0001"),
            today.plusDays(60),
            today.plusDays(75),
            today.plusDays(73),
            Plan.UNDECIDED,
            "VN",
            Optional.empty(),
            Optional.empty());
    for (String lang : languages()) {
      pdf(
          check(
                  madeUp,
                  new Options(
                      Paper.A5, Optional.of(lang), today, Options.defaults(today).created()))
              .orElseThrow("the test booklet in " + lang));
    }
  }

  /** A content folder's holiday list, or the packaged one when a school's folder has none. */
  private static Holidays holidays(AssetDirs dirs) {
    Path own = dirs.content().resolve(Holidays.FILE_NAME);
    return Files.isRegularFile(own) ? Holidays.load(own) : Holidays.packaged();
  }

  /** With the content, templates and fonts packed into the program. */
  public static Booklets packaged() {
    return new Booklets(AssetDirs.packaged(), Optional.empty(), "");
  }

  /** With the given folders (a school's own content or templates). */
  public static Booklets open(AssetDirs dirs) {
    return new Booklets(dirs, Optional.empty(), "");
  }

  /** With the given folders, and a school whose name (and contact) every booklet carries. */
  public static Booklets open(AssetDirs dirs, Optional<School> school) {
    return new Booklets(dirs, school, "the school profile");
  }

  /** The same, with {@code schoolSource} (the school file) named in a message about the school. */
  public static Booklets open(AssetDirs dirs, Optional<School> school, String schoolSource) {
    return new Booklets(dirs, school, schoolSource);
  }

  /** The school that hands out these booklets, if one was given. */
  public Optional<School> school() {
    return school;
  }

  public AssetDirs dirs() {
    return dirs;
  }

  /** The language codes this content offers. */
  public Set<String> languages() {
    return editions.languages();
  }

  public FontLibrary fonts() {
    return fonts;
  }

  /** One language's content, loaded and checked on first use (a school's own: at start). */
  public Content content(String language) {
    return editions.content(language);
  }

  /**
   * An advisor's handouts, made from the same content, fonts, templates and school as the booklets.
   */
  public Handouts handouts() {
    return handouts;
  }

  /**
   * Checks a student record as it came in (a student file, a roster row, a web form: untrusted
   * text, {@code null} or blank for absent): every field, and whether the name and ID print in the
   * booklet's edition. The one check every front end calls.
   *
   * @throws BookletException (usage) when {@code options} asks for a language there is no content
   *     for
   */
  public Check check(Map<String, String> fields, Options options) {
    options.language().ifPresent(editions::require);
    StudentFields.Result parsed = StudentFields.parse(fields, languages());
    List<FieldProblem> problems = new ArrayList<>(parsed.problems());
    Set<String> flagged = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
    String requested =
        Optional.ofNullable(CleanText.clean(fields.get(StudentFields.LANGUAGE)))
            .map(l -> l.toLowerCase(Locale.ROOT))
            .filter(languages()::contains)
            .orElse(DEFAULT_LANGUAGE);
    String edition = options.language().orElse(requested);
    editionFonts
        .studentProblems(
            CleanText.clean(fields.get(StudentFields.NAME)),
            Optional.ofNullable(CleanText.clean(fields.get(StudentFields.STUDENT_ID))),
            edition)
        .stream()
        .filter(p -> !flagged.contains(p.field()))
        .forEach(problems::add);
    if (!problems.isEmpty()) {
      return new Check(Optional.empty(), problems);
    }
    return check(parsed.student().orElseThrow(), options);
  }

  /** Checks a student already made (a sample, a benchmark's made-up class) for printing. */
  public Check check(Student student, Options options) {
    String lang = options.language().or(student::language).orElse(DEFAULT_LANGUAGE);
    editions.require(lang);
    List<FieldProblem> problems =
        editionFonts.studentProblems(student.name(), student.studentId(), lang);
    return problems.isEmpty()
        ? new Check(Optional.of(new CheckedStudent(student, options, lang)), List.of())
        : new Check(Optional.empty(), problems);
  }

  /** The XHTML that {@link #pdf} renders (rendered to find how many notes pages make it fold). */
  public String xhtml(CheckedStudent checked) {
    return folded(checked).xhtml();
  }

  /** The booklet as PDF bytes. */
  public Rendered pdf(CheckedStudent checked) {
    return folded(checked).rendered();
  }

  /** A booklet laid out and written so its page count folds (see {@link FoldingRenderer}). */
  private FoldingRenderer.Folded folded(CheckedStudent checked) {
    // Each plan has its own pages (job services or not): remembered apart, a class of mixed plans
    // is not laid out twice for every change of plan.
    String kind = "booklet/" + checked.student().plan().name().toLowerCase(Locale.ROOT);
    Content content = content(checked.language());
    Student student = checked.student();
    FontChoice chosen = editionFonts.choose(checked.language(), student.name(), userText(student));
    DeparturePlan plan = plan(checked);
    return renderer.render(
        kind,
        checked.language(),
        checked.options(),
        chosen,
        extra ->
            templates.render(
                BookletViews.of(
                    content,
                    plan,
                    student,
                    school,
                    checked.options().paper(),
                    chosen.bodyStack(),
                    chosen.nameStack(),
                    extra)));
  }

  /**
   * The student's plan: every step's days (moved to the days its office is open), the day to aim
   * for, where it stands on the options' day, and what the student must be told. The booklet, the
   * calendar file and the web page render from it.
   */
  public DeparturePlan plan(CheckedStudent checked) {
    return planner.plan(content(checked.language()), checked.student(), checked.options().today());
  }

  /**
   * The student's deadlines as a calendar file (RFC 5545): one all-day event per step on the day it
   * must be done by, with a reminder, from the same plan as the booklet.
   */
  public byte[] calendar(CheckedStudent checked) {
    Content content = content(checked.language());
    Student student = checked.student();
    return IcsFile.write(
        content.strings().bookletTitle() + " – " + student.name(),
        checked.language(),
        checked.options().created(),
        CalendarEvents.of(content, plan(checked), student));
  }

  /** The text of a booklet that does not come from content or templates: what decides its fonts. */
  private List<String> userText(Student student) {
    List<String> text = new ArrayList<>(List.of(student.name()));
    student.studentId().ifPresent(text::add);
    school.ifPresent(
        s -> {
          text.add(s.name());
          s.contact().ifPresent(text::add);
        });
    return text;
  }

  /** Writes the booklet to {@code target} atomically: either the whole PDF or nothing. */
  public Rendered write(CheckedStudent checked, Path target) throws IOException {
    Rendered rendered = pdf(checked);
    AtomicFile.write(target, rendered.pdf());
    return rendered;
  }
}
