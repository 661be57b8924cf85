package org.departurebooklet.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.departurebooklet.content.Content;
import org.departurebooklet.model.Student;

/**
 * Computes each procedure's dates from a student's dates and orders them by due date (then by
 * the order of the content, so ties stay stable). Stateless and thread-safe.
 */
public final class DueDates {

  private DueDates() {}

  /**
   * The student's timeline.
   *
   * @param today the day the booklet is made; steps due before it are marked overdue
   */
  public static List<Step> timeline(Content content, Student student, LocalDate today) {
    int notice = student.noticeDays().orElse(content.noticeDays());
    List<Content.Procedure> procedures = content.procedures();
    return procedures.stream()
        .map(p -> {
          LocalDate due = p.due().apply(student.graduationDate(), student.departureDate(),
              student.moveOutDate(), notice);
          return new Step(p,
              p.from().map(r -> r.apply(student.graduationDate(), student.departureDate(),
                  student.moveOutDate(), notice)),
              due, due.isBefore(today));
        })
        .sorted(Comparator.comparing(Step::due)
            .thenComparing(s -> procedures.indexOf(s.procedure())))
        .toList();
  }
}
