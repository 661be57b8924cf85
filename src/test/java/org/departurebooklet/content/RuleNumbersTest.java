package org.departurebooklet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.departurebooklet.content.LanguageText.ProcedureText;
import org.junit.jupiter.api.Test;

class RuleNumbersTest {

  private static ProcedureText text(String summary) {
    return new ProcedureText(
        "Title", "Check", summary, List.of("Within {days} days."), "Where", List.of(), null, null);
  }

  /** A text whose steps take a number of years from the rule. */
  private static ProcedureText yearsText(String summary) {
    return new ProcedureText(
        "Title",
        "Check",
        summary,
        List.of("Within {years} years."),
        "Where",
        List.of(),
        null,
        null);
  }

  @Test
  void placeholdersTakeTheRulesNumbers() {
    ProcedureText filled =
        RuleNumbers.fill(
            text("Within {days} days, from {from_days} days before."),
            Optional.of(DueRule.parse("departure - 10 days")),
            DueRule.parse("graduation + 21 days"));
    assertEquals("Within 21 days, from 10 days before.", filled.summary());
    assertEquals("Within 21 days.", filled.what().get(0));
  }

  @Test
  void aNumberTheRulesDoNotGiveIsReportedInEachKnownLanguage() {
    DueRule due = DueRule.parse("graduation + 14 days");
    assertTrue(
        RuleNumbers.check("f", "immigration", text("within 14 days"), Optional.empty(), due, "en")
            .isEmpty());
    assertEquals(
        1,
        RuleNumbers.check("f", "immigration", text("within 15 days"), Optional.empty(), due, "en")
            .size());
    assertEquals(
        1,
        RuleNumbers.check("f", "immigration", text("卒業から15日以内"), Optional.empty(), due, "ja")
            .size());
    assertTrue(
        RuleNumbers.check("f", "immigration", text("2024年5月27日から"), Optional.empty(), due, "ja")
            .isEmpty(),
        "a date is not a number of days");
    assertEquals(
        1,
        RuleNumbers.check(
                "f", "immigration", text("trong vòng 15 ngày"), Optional.empty(), due, "vi")
            .size());
    assertEquals(
        1,
        RuleNumbers.check("f", "immigration", text("毕业后15天内"), Optional.empty(), due, "zh").size());
    assertTrue(
        RuleNumbers.check(
                "f", "immigration", text("毕业后14天内，从2024年5月27日起"), Optional.empty(), due, "zh")
            .isEmpty(),
        "a date is not a number of days");
    assertEquals(
        1,
        RuleNumbers.check("f", "immigration", text("졸업 후 15일 안에"), Optional.empty(), due, "ko")
            .size());
    assertTrue(
        RuleNumbers.check(
                "f",
                "immigration",
                text("졸업 후 14일 안에, 2024년 5월 27일부터"),
                Optional.empty(),
                due,
                "ko")
            .isEmpty(),
        "a date is not a number of days");
    DueRule twoYears = DueRule.parse("departure + 2 years");
    assertEquals(
        1,
        RuleNumbers.check(
                "f", "pension-refund", yearsText("离开日本后3年以内"), Optional.empty(), twoYears, "zh")
            .size());
    assertEquals(
        1,
        RuleNumbers.check(
                "f", "pension-refund", yearsText("떠난 지 3년 안에"), Optional.empty(), twoYears, "ko")
            .size());
    assertTrue(
        RuleNumbers.check("f", "immigration", text("within 15 days"), Optional.empty(), due, "fr")
            .isEmpty(),
        "unit words unknown: not checked");
  }

  @Test
  void aPlaceholderWithoutItsRuleIsReported() {
    List<ContentProblem> problems =
        RuleNumbers.check(
            "f",
            "bank",
            text("in {years} years"),
            Optional.empty(),
            DueRule.parse("departure"),
            "en");
    assertEquals(
        2, problems.size(), problems.toString()); // the summary's {years} and what[0]'s {days}
  }
}
