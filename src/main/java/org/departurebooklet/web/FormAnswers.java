package org.departurebooklet.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.departurebooklet.Booklets;
import org.departurebooklet.model.CleanText;
import org.departurebooklet.model.FieldProblem;
import org.departurebooklet.model.StudentFields;
import org.departurebooklet.view.Paper;

/**
 * One submitted form, checked: the answers to show again (each cut to its {@link #maxChars}), every
 * problem found, and the student and paper when there are none. The student's fields are checked as
 * for student files; the web adds the length caps, reads the next country from a name in any page
 * language or a code (see {@link Countries}), and checks the paper size; the fields and the name's
 * printability are checked by the one check every front end calls ({@link Booklets#check}).
 * Immutable.
 */
public record FormAnswers(
    Map<String, String> kept,
    List<FieldProblem> problems,
    Optional<Booklets.CheckedStudent> student,
    Paper paper) {

  /** Longest value accepted in a form field other than the name, in characters. */
  public static final int MAX_FIELD_CHARS = 200;

  /**
   * The longest answer a field takes, in characters (code points): the name's cap is the one {@link
   * StudentFields} prints, {@value StudentFields#MAX_NAME_LENGTH}.
   */
  public static int maxChars(String field) {
    return field.equals(StudentFields.NAME) ? StudentFields.MAX_NAME_LENGTH : MAX_FIELD_CHARS;
  }

  public FormAnswers {
    kept = Collections.unmodifiableMap(new LinkedHashMap<>(kept));
    problems = List.copyOf(problems);
  }

  /** The page the form came from: its language, its words, and the countries it offered. */
  public record Page(String lang, PageText text, Countries countries) {}

  public boolean ok() {
    return problems.isEmpty() && student.isPresent();
  }

  /**
   * @param sent the form's fields as sent (see {@link FormBody}); a field that was not UTF-8 is a
   *     problem
   * @param page the page the form came from
   * @param defaultLanguage the booklet language when the form sent none
   * @param check the facade's check of a student's fields, for the paper the form asks for
   */
  public static FormAnswers check(
      FormBody.Fields sent,
      Page page,
      String defaultLanguage,
      BiFunction<Map<String, String>, Paper, Booklets.Check> check) {
    PageText text = page.text();
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, String> kept = new LinkedHashMap<>();
    for (String field : FormPage.FIELDS) {
      if (sent.notUtf8().contains(field)) {
        problems.add(new FieldProblem(field, "", text.problemNotUtf8()));
      }
    }
    for (Map.Entry<String, String> e : sent.values().entrySet()) {
      String v = e.getValue();
      int max = maxChars(e.getKey());
      // Counted as StudentFields counts the name: code points of the cleaned text.
      String cleaned = CleanText.clean(v);
      if (cleaned.codePointCount(0, cleaned.length()) > max
          && !sent.notUtf8().contains(e.getKey())) {
        problems.add(new FieldProblem(e.getKey(), "", text.tooLong(max)));
        v = v.substring(0, v.offsetByCodePoints(0, Math.min(max, v.codePointCount(0, v.length()))));
      }
      kept.put(e.getKey(), v);
    }
    kept.putIfAbsent(StudentFields.LANGUAGE, defaultLanguage);
    String paperCode = kept.getOrDefault(FormPage.PAPER, "").trim();
    Optional<Paper> paper = paperCode.isEmpty() ? Optional.of(Paper.A5) : Paper.fromCode(paperCode);
    if (paper.isEmpty() && problems.stream().noneMatch(p -> p.field().equals(FormPage.PAPER))) {
      problems.add(new FieldProblem(FormPage.PAPER, paperCode, text.paperProblem(paperCode)));
    }

    Map<String, String> studentFields = new LinkedHashMap<>(kept);
    studentFields.remove(FormPage.PAPER);
    String destination = kept.getOrDefault(StudentFields.DESTINATION, "");
    if (!destination.isBlank()
        && problems.stream().noneMatch(p -> p.field().equals(StudentFields.DESTINATION))) {
      destinationProblem(destination, page)
          .ifPresentOrElse(
              problem -> problems.add(problem),
              () ->
                  studentFields.put(
                      StudentFields.DESTINATION,
                      page.countries().code(destination, page.lang()).orElseThrow()));
    }
    Set<String> flagged = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
    flagged.forEach(studentFields::remove);
    Booklets.Check checked = check.apply(studentFields, paper.orElse(Paper.A5));
    checked.problems().stream()
        .filter(p -> !flagged.contains(p.field()))
        .forEach(
            p ->
                // The checks' own "too long" names no limit the page could translate: say the real
                // one.
                problems.add(
                    p.kind() == FieldProblem.Kind.TOO_LONG
                        ? new FieldProblem(p.field(), "", text.tooLong(maxChars(p.field())))
                        : p));
    Optional<Booklets.CheckedStudent> student =
        problems.isEmpty() ? checked.student() : Optional.empty();
    return new FormAnswers(kept, problems, student, paper.orElse(Paper.A5));
  }

  /** The problem with the next country as typed, if any: not a country, or Japan. */
  private static Optional<FieldProblem> destinationProblem(String typed, Page page) {
    Optional<String> code = page.countries().code(typed, page.lang());
    if (code.isEmpty()) {
      return Optional.of(
          new FieldProblem(
              StudentFields.DESTINATION,
              typed.strip(),
              "is not a country in the list",
              FieldProblem.Kind.UNKNOWN_COUNTRY));
    }
    if (code.get().equals(Countries.JAPAN)) {
      return Optional.of(
          new FieldProblem(
              StudentFields.DESTINATION, typed.strip(), page.text().problemLeavingJapan()));
    }
    return Optional.empty();
  }
}
