package org.departurebooklet.plan;

import java.util.Comparator;
import java.util.List;
import org.departurebooklet.content.Content;
import org.departurebooklet.model.Student;

/**
 * Orders job-search services for a student: those focused on the destination first, then the
 * worldwide ones, then the rest, each group in content order; each says why it fits, if it does.
 * Stateless and thread-safe.
 */
public final class ServicePicks {

  private ServicePicks() {}

  /** Why a service suits a student. */
  public enum Fit {
    /** The destination is one of the countries it focuses on. */
    DESTINATION,
    /** It suits the student's plan (e.g. those who have not decided yet). */
    PLAN,
    /** No particular reason. */
    NONE
  }

  /** A service and why it fits the student. */
  public record Pick(Content.Service service, Fit fit) {}

  /**
   * Every service in content order, none marked as a fit: for a room of students with other plans.
   */
  public static List<Pick> general(Content content) {
    return content.services().stream().map(s -> new Pick(s, Fit.NONE)).toList();
  }

  public static List<Pick> forStudent(Content content, Student student) {
    return content.services().stream()
        .map(
            s ->
                new Pick(
                    s,
                    s.countries().contains(student.destination())
                        ? Fit.DESTINATION
                        : s.plans().contains(student.plan()) ? Fit.PLAN : Fit.NONE))
        .sorted(Comparator.comparingInt(ServicePicks::group))
        .toList();
  }

  /** 0 for the destination's services, 1 for the worldwide ones, 2 for the rest. */
  private static int group(Pick pick) {
    return pick.fit() == Fit.DESTINATION ? 0 : pick.service().countries().isEmpty() ? 1 : 2;
  }
}
