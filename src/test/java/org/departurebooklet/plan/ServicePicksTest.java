package org.departurebooklet.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    return new Student(
        "A",
        Optional.empty(),
        LocalDate.of(2027, 3, 18),
        LocalDate.of(2027, 4, 9),
        null,
        plan,
        country,
        Optional.empty(),
        Optional.empty());
  }

  private static List<String> ids(List<ServicePicks.Pick> picks) {
    return picks.stream().map(p -> p.service().id()).toList();
  }

  @Test
  void servicesForTheDestinationComeFirstThenWorldwideOnesThenTheRest() {
    List<ServicePicks.Pick> picks =
        ServicePicks.forStudent(content, goingTo("VN", Plan.WORK_ABROAD));
    assertEquals(
        List.of(
            "kamome",
            "reeracoen",
            "working-abroad",
            "linkedin",
            "indeed",
            "glassdoor",
            "jac",
            "pasona"),
        ids(picks));
    assertEquals(
        List.of(
            ServicePicks.Fit.DESTINATION,
            ServicePicks.Fit.DESTINATION,
            ServicePicks.Fit.DESTINATION),
        picks.subList(0, 3).stream().map(ServicePicks.Pick::fit).toList());
  }

  @Test
  void aStudentGoingToGermanyGetsTheWorldwideServicesBeforeAsiaOnlyOnes() {
    List<ServicePicks.Pick> picks =
        ServicePicks.forStudent(content, goingTo("DE", Plan.WORK_ABROAD));
    assertEquals(
        List.of(
            "linkedin",
            "indeed",
            "glassdoor",
            "jac",
            "pasona",
            "kamome",
            "reeracoen",
            "working-abroad"),
        ids(picks));
    assertEquals(
        List.of(),
        picks.stream().filter(p -> p.fit() != ServicePicks.Fit.NONE).toList(),
        "no badge says a service fits when it does not");
  }

  @Test
  void aServiceThatSuitsThePlanSaysSoWhereverItStands() {
    List<ServicePicks.Pick> picks = ServicePicks.forStudent(content, goingTo("US", Plan.UNDECIDED));
    ServicePicks.Pick reeracoen =
        picks.stream().filter(p -> p.service().id().equals("reeracoen")).findFirst().orElseThrow();
    assertEquals(ServicePicks.Fit.PLAN, reeracoen.fit());
    assertEquals(
        "linkedin", picks.get(0).service().id(), "worldwide before the Asia-only ones for the US");
  }
}
