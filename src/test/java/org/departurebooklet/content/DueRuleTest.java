package org.departurebooklet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DueRuleTest {

  private static final LocalDate GRADUATION = LocalDate.of(2027, 3, 18);
  private static final LocalDate DEPARTURE = LocalDate.of(2027, 4, 9);
  private static final LocalDate MOVE_OUT = LocalDate.of(2027, 4, 7);

  @ParameterizedTest
  @CsvSource({
    "graduation + 14 days, 2027-04-01",
    "departure - 14 days, 2027-03-26",
    "departure, 2027-04-09",
    "departure + 2 years, 2029-04-09",
    "move_out - 1 month, 2027-03-07",
    "move_out - notice, 2027-02-06",
    "graduation+1 day, 2027-03-19"
  })
  void rulesGiveTheDateTheySay(String rule, LocalDate expected) {
    assertEquals(expected, DueRule.parse(rule).apply(GRADUATION, DEPARTURE, MOVE_OUT, 60));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "tomorrow",
        "graduation + days",
        "graduation * 2 days",
        "graduation + 14 weeks",
        "departure - notice",
        "arrival + 1 day"
      })
  void malformedRulesAreRefusedWithTheAcceptedFormat(String rule) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DueRule.parse(rule));
    assertTrue(e.getMessage().contains("\"" + rule + "\""), e.getMessage());
    assertTrue(e.getMessage().contains("move_out"), e.getMessage());
  }
}
