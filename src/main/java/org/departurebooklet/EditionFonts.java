package org.departurebooklet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.content.ContentCheck;
import org.departurebooklet.content.ContentLoader;
import org.departurebooklet.content.ContentProblem;
import org.departurebooklet.model.FieldProblem;
import org.departurebooklet.model.School;
import org.departurebooklet.model.StudentFields;
import org.departurebooklet.render.FontChoice;
import org.departurebooklet.render.FontLibrary;

/**
 * Each edition's fonts held against the text a document prints: whether they draw a student's name
 * and ID, a school's name and contact, a session's texts and a school's own content (so no document
 * prints "#" boxes), and which of them a document is set in.
 *
 * <p>Thread-safe: it holds the font library and the editions, both thread-safe, and nothing else.
 */
final class EditionFonts {

  private final FontLibrary fonts;
  private final Editions editions;

  EditionFonts(FontLibrary fonts, Editions editions) {
    this.fonts = fonts;
    this.editions = editions;
  }

  /**
   * The fonts a document of edition {@code language} is set in, given the text in it that does not
   * come from content or templates ({@code name} is set in the name's own face).
   */
  FontChoice choose(String language, String name, List<String> userText) {
    return fonts.choose(
        editions.fonts(language), editions.fonts(Booklets.DEFAULT_LANGUAGE), name, userText);
  }

  /** Characters of a name or student ID that no font of edition {@code language} draws. */
  List<FieldProblem> studentProblems(String name, Optional<String> studentId, String language) {
    List<String> families = editions.fonts(language);
    List<FieldProblem> problems = new ArrayList<>();
    if (name != null && !name.isBlank()) {
      problem(StudentFields.NAME, name, families).ifPresent(problems::add);
    }
    studentId
        .filter(id -> !id.isBlank())
        .flatMap(id -> problem(StudentFields.STUDENT_ID, id, families))
        .ifPresent(problems::add);
    return problems;
  }

  /**
   * Fails if a text of {@code field} has characters no font of edition {@code language} draws.
   *
   * @throws BookletException (bad input) naming the first such text and its characters
   */
  void requirePrintable(String field, List<String> texts, String language) {
    List<String> families = editions.fonts(language);
    for (String text : texts) {
      Optional<FieldProblem> problem = problem(field, text, families);
      if (problem.isPresent()) {
        throw BookletException.badInput(problem.get().describe());
      }
    }
  }

  /**
   * Fails if the school's name or contact has characters no font draws.
   *
   * @param source names the school's file in the message
   * @throws BookletException (bad input) naming the first such field and its characters
   */
  void requirePrintable(School school, String source) {
    List<String> families = editions.fonts(Booklets.DEFAULT_LANGUAGE);
    Optional<FieldProblem> problem =
        problem("name", school.name(), families)
            .or(() -> school.contact().flatMap(c -> problem("contact", c, families)));
    if (problem.isPresent()) {
      throw BookletException.badInput(source + ": " + problem.get().describe());
    }
  }

  /**
   * A school's own content or fonts: every language is loaded and checked for characters the fonts
   * cannot draw (the packed ones are checked by the build), so a batch never stops at its first row
   * in a broken language, and no booklet prints "#" boxes.
   *
   * @throws BookletException naming each unprintable text of the first language that has one
   */
  void requireOwnContentPrintable(AssetDirs dirs) {
    AssetDirs packed = AssetDirs.packaged();
    if (dirs.content().equals(packed.content()) && dirs.fonts().equals(packed.fonts())) {
      return;
    }
    for (String lang : editions.languages()) {
      editions.content(lang);
      List<ContentProblem> unprintable = ContentCheck.unprintable(dirs.content(), lang, fonts);
      if (!unprintable.isEmpty()) {
        throw ContentLoader.failure(" in " + lang, unprintable);
      }
    }
  }

  private Optional<FieldProblem> problem(String field, String value, List<String> families) {
    Set<Integer> missing = fonts.uncovered(value, families);
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new FieldProblem(
            field,
            value,
            "has characters that no font of the booklet can print: "
                + FontLibrary.describe(missing)
                + " (use Latin letters, Japanese, Chinese, Korean or Devanagari)",
            FieldProblem.Kind.UNPRINTABLE));
  }
}
