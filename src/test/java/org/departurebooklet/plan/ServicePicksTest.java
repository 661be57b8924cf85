package org.departurebooklet.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.Content;
import org.departurebooklet.model.Plan;
import org.departurebooklet.model.Student;
import org.junit.jupiter.api.Test;

class ServicePicksTest {

  private final Content content = TestBooklets.get().content("en");

  private static Student goingTo(String country, Plan plan) {
    return new Student("A", Optional.empty(), LocalDate.of(2027, 3, 18), LocalDate.of(2027, 4, 9),
        null, plan, country, Optional.empty(), Optional.empty());
  }

  @Test
  void servicesForTheDestinationComeFirstAndAreMarked() {
    List<ServicePicks.Pick> picks = ServicePicks.forStudent(content, goingTo("VN", Plan.WORK_ABROAD));
    assertEquals(content.services().size(), picks.size());
    assertTrue(picks.get(0).fit());
    List<String> fits = picks.stream().filter(ServicePicks.Pick::fit).map(p -> p.service().id()).toList();
    assertTrue(fits.contains("kamome") && fits.contains("working-abroad"), fits.toString());
    boolean seenNonFit = false;
    for (ServicePicks.Pick p : picks) {
      seenNonFit |= !p.fit();
      assertFalse(seenNonFit && p.fit(), "a fit after a non-fit");
    }
  }

  @Test
  void undecidedStudentsGetServicesForUndecidedFirst() {
    List<ServicePicks.Pick> picks = ServicePicks.forStudent(content, goingTo("US", Plan.UNDECIDED));
    assertEquals("reeracoen", picks.get(0).service().id());
    assertEquals(1, picks.stream().filter(ServicePicks.Pick::fit).count());
  }
}
