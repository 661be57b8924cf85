package org.departurebooklet.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.departurebooklet.model.FieldProblem;
import org.departurebooklet.model.Student;
import org.departurebooklet.model.StudentFields;
import org.departurebooklet.view.Paper;

/**
 * One submitted form, checked: the answers to show again (each cut to {@link #MAX_FIELD_CHARS}),
 * every problem found, and the student and paper when there are none. The student's fields are
 * checked by {@link StudentFields}, as for student files; the web adds only the length cap and the
 * paper size. Immutable.
 */
public record FormAnswers(Map<String, String> kept, List<FieldProblem> problems,
    Optional<Student> student, Paper paper) {

  /** Longest value accepted in any form field, in characters (the name has its own, lower cap). */
  public static final int MAX_FIELD_CHARS = 200;

  public FormAnswers {
    kept = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kept));
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty() && student.isPresent();
  }

  /**
   * @param raw the form's fields as sent (see {@link FormBody})
   * @param bookletLanguages the editions in content/
   * @param defaultLanguage the booklet language when the form sent none
   */
  public static FormAnswers check(Map<String, String> raw, PageText text, Set<String> bookletLanguages,
      String defaultLanguage) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, String> kept = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : raw.entrySet()) {
      String v = e.getValue();
      if (v.length() > MAX_FIELD_CHARS) {
        problems.add(new FieldProblem(e.getKey(), "", text.tooLong(MAX_FIELD_CHARS)));
        v = v.substring(0, MAX_FIELD_CHARS);
      }
      kept.put(e.getKey(), v);
    }
    kept.putIfAbsent(StudentFields.LANGUAGE, defaultLanguage);
    String paperCode = kept.getOrDefault(FormPage.PAPER, "").trim();
    Optional<Paper> paper = paperCode.isEmpty() ? Optional.of(Paper.A5) : Paper.fromCode(paperCode);
    if (paper.isEmpty()) {
      problems.add(new FieldProblem(FormPage.PAPER, "", text.problemPaper()));
    }

    Map<String, String> studentFields = new LinkedHashMap<>(kept);
    studentFields.remove(FormPage.PAPER);
    problems.forEach(p -> studentFields.remove(p.field()));
    StudentFields.Result parsed = StudentFields.parse(studentFields, bookletLanguages);
    problems.addAll(parsed.problems());
    Optional<Student> student = problems.isEmpty() ? parsed.student() : Optional.empty();
    return new FormAnswers(kept, problems, student, paper.orElse(Paper.A5));
  }
}
