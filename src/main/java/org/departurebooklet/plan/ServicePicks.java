package org.departurebooklet.plan;

import java.util.Comparator;
import java.util.List;
import org.departurebooklet.content.Content;
import org.departurebooklet.model.Student;

/**
 * Orders job-search services for a student: those that fit (the destination is one of the
 * service's countries, or the plan is one it suits) first, each group in content order.
 * Stateless and thread-safe.
 */
public final class ServicePicks {

  private ServicePicks() {}

  /** A service and whether it fits the student. */
  public record Pick(Content.Service service, boolean fit) {}

  /** Every service in content order, none marked as a fit: for a room of students with other plans. */
  public static List<Pick> general(Content content) {
    return content.services().stream().map(s -> new Pick(s, false)).toList();
  }

  public static List<Pick> forStudent(Content content, Student student) {
    return content.services().stream()
        .map(s -> new Pick(s, s.countries().contains(student.destination())
            || s.plans().contains(student.plan())))
        .sorted(Comparator.comparing((Pick p) -> !p.fit()))
        .toList();
  }
}
