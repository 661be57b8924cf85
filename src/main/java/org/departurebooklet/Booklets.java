package org.departurebooklet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.io.AtomicFile;
import org.departurebooklet.content.Content;
import org.departurebooklet.content.ContentCheck;
import org.departurebooklet.content.ContentLoader;
import org.departurebooklet.content.ContentProblem;
import org.departurebooklet.model.FieldProblem;
import org.departurebooklet.model.School;
import org.departurebooklet.model.Student;
import org.departurebooklet.model.StudentFields;
import org.departurebooklet.render.FontLibrary;
import org.departurebooklet.render.PdfRenderer;
import org.departurebooklet.render.Repertoire;
import org.departurebooklet.render.Templates;
import org.departurebooklet.view.BookletView;
import org.departurebooklet.view.BookletViews;
import org.departurebooklet.view.Paper;

/**
 * The one entry point every front end (command line, batch, web) calls: student in, booklet out.
 *
 * <p>An instance holds the loaded content, the compiled templates and the parsed fonts. It is
 * thread-safe and meant to live as long as the process: make one with {@link #packaged()} or
 * {@link #open(AssetDirs)} and share it across threads and booklets.
 */
public final class Booklets {

  /** The language used when neither the request nor the student names one. */
  public static final String DEFAULT_LANGUAGE = "en";

  /**
   * How one booklet is made.
   *
   * @param language overrides the student's own choice when present
   * @param today the day deadlines count from; earlier ones are marked overdue
   * @param created the creation date written into the PDF (fixed, so reruns give the same bytes)
   * @param tagged accessibility tagging (PDF/UA-1 and PDF/A-2u); on unless speed matters more
   */
  public record Options(Paper paper, Optional<String> language, LocalDate today, Instant created,
      boolean tagged) {
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
      return new Options(Paper.A5, Optional.empty(), today, today.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
  }

  /** A rendered booklet. */
  public record Rendered(byte[] pdf, int pages) {}

  private final AssetDirs dirs;
  private final Optional<School> school;
  private final Set<String> languages;
  private final FontLibrary fonts;
  private final Templates templates;
  private final PdfRenderer renderer;
  private final Map<String, Content> contents = new ConcurrentHashMap<>();

  private Booklets(AssetDirs dirs, Optional<School> school, String schoolSource) {
    this.dirs = dirs;
    this.school = school;
    this.languages = ContentLoader.languages(dirs.content());
    // The trimmed fonts' repertoire is read beside the rest of the start-up; the first render waits.
    this.fonts = FontLibrary.load(dirs.fonts(), CompletableFuture.supplyAsync(() -> Repertoire.of(dirs)));
    this.templates = Templates.load(dirs.templates());
    this.renderer = new PdfRenderer(fonts);
    content(DEFAULT_LANGUAGE);
    checkOwnContent();
    school.ifPresent(s -> checkPrintable(s, schoolSource));
  }

  /** Fails if the school's name or contact has characters no font draws; {@code source} names it in the message. */
  private void checkPrintable(School school, String source) {
    List<String> families = content(DEFAULT_LANGUAGE).strings().fonts();
    List<FieldProblem> problems = new ArrayList<>();
    check("name", school.name(), families, problems);
    school.contact().ifPresent(c -> check("contact", c, families, problems));
    if (!problems.isEmpty()) {
      throw BookletException.badInput(source + ": " + problems.get(0).describe());
    }
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
    return languages;
  }

  public FontLibrary fonts() {
    return fonts;
  }

  /** One language's content, loaded and checked on first use (a school's own: at start). */
  public Content content(String language) {
    return contents.computeIfAbsent(language, lang -> ContentLoader.load(dirs.content(), lang));
  }

  /**
   * A school's own content or fonts: every language is loaded at start and checked for
   * characters the fonts cannot draw (the packed ones are checked by the build), so a batch never
   * stops at its first row in a broken language, and no booklet prints "#" boxes.
   */
  private void checkOwnContent() {
    AssetDirs packed = AssetDirs.packaged();
    if (dirs.content().equals(packed.content()) && dirs.fonts().equals(packed.fonts())) {
      return;
    }
    for (String lang : languages) {
      content(lang);
      List<ContentProblem> unprintable = ContentCheck.unprintable(dirs.content(), lang, fonts);
      if (!unprintable.isEmpty()) {
        throw ContentLoader.failure(" in " + lang, unprintable);
      }
    }
  }

  /** The language a booklet for this student is made in. */
  public String languageFor(Student student, Options options) {
    String lang = options.language().or(student::language).orElse(DEFAULT_LANGUAGE);
    if (!languages.contains(lang)) {
      throw new BookletException(BookletException.Kind.USAGE, "language \"" + lang
          + "\" is not available (use one of " + String.join(", ", languages) + ")");
    }
    return lang;
  }

  /**
   * What in an otherwise valid student cannot be printed: characters of the name or student id
   * that no font draws. Empty when the booklet can be made.
   */
  public List<FieldProblem> printProblems(Student student, Options options) {
    return printProblems(student.name(), student.studentId(), languageFor(student, options));
  }

  /**
   * The same check for a name and student ID alone, in the booklet language {@code language}: so a
   * form or roster row with other problems can report these too, in one round.
   */
  public List<FieldProblem> printProblems(String name, Optional<String> studentId, String language) {
    String edition = languages().contains(language) ? language : DEFAULT_LANGUAGE;
    List<String> families = content(edition).strings().fonts();
    List<FieldProblem> problems = new ArrayList<>();
    if (name != null && !name.isBlank()) {
      check(StudentFields.NAME, name, families, problems);
    }
    studentId.filter(id -> !id.isBlank()).ifPresent(id -> check(StudentFields.STUDENT_ID, id, families, problems));
    return problems;
  }

  private void check(String field, String value, List<String> families, List<FieldProblem> out) {
    Set<Integer> missing = fonts.uncovered(value, families);
    if (!missing.isEmpty()) {
      out.add(new FieldProblem(field, value, "has characters that no font of the booklet can print: "
          + FontLibrary.describe(missing) + " (use Latin letters, Japanese, Chinese or Korean)",
          FieldProblem.Kind.UNPRINTABLE));
    }
  }

  /**
   * The families to set a name in: a name in Latin letters (with or without accents) takes the
   * Latin edition's faces first in every edition, so it looks the same in a Japanese booklet as in
   * an English one, and a long name keeps its narrower letters (BIZ UDPGothic's are wide).
   */
  private List<String> nameFamilies(String name, List<String> families) {
    boolean latin = name.codePoints().allMatch(cp -> Character.isWhitespace(cp)
        || switch (Character.UnicodeScript.of(cp)) {
          case LATIN, COMMON, INHERITED -> true;
          default -> false;
        });
    return latin ? content(DEFAULT_LANGUAGE).strings().fonts() : families;
  }

  /** The XHTML that {@link #pdf} renders. */
  public String xhtml(Student student, Options options) {
    List<FieldProblem> problems = printProblems(student, options);
    if (!problems.isEmpty()) {
      throw BookletException.badInput(problems.get(0).describe());
    }
    Content content = content(languageFor(student, options));
    List<String> families = content.strings().fonts();
    BookletView view = BookletViews.of(content, student, school, options.paper(), options.today(),
        FontLibrary.css(families), fonts.stackFor(student.name(), nameFamilies(student.name(), families)));
    return templates.render(view);
  }

  /** The booklet as PDF bytes. */
  public Rendered pdf(Student student, Options options) {
    String xhtml = xhtml(student, options);
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      int pages = renderer.render(xhtml, options.created(), options.tagged(), out);
      return new Rendered(out.toByteArray(), pages);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the booklet to {@code target} atomically: either the whole PDF or nothing. */
  public Rendered write(Student student, Options options, Path target) throws IOException {
    Rendered rendered = pdf(student, options);
    AtomicFile.write(target, rendered.pdf());
    return rendered;
  }
}
