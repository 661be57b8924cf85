package org.departurebooklet.view;

import java.util.Locale;
import org.departurebooklet.content.Content;
import org.departurebooklet.content.DueRule;
import org.departurebooklet.content.LanguageText.RuleStrings;

/**
 * A step's rule in an edition's words, for a handout that has no student's dates: "within 14 days
 * after your graduation day", "from 14 days before your departure until your departure", "the
 * notice your lease asks for". The numbers come from the rules of common.yaml. Immutable and
 * thread-safe.
 */
public final class RuleWords {

  private final RuleStrings words;

  public RuleWords(Content content) {
    this.words = content.strings().rules();
  }

  /** The step's window or last day, in words. */
  public String of(Content.Procedure procedure) {
    DueRule due = procedure.due();
    if (due.unit() == DueRule.Unit.NOTICE) {
      return words.notice();
    }
    return procedure
        .from()
        .map(from -> words.window().replace("{point}", point(from)).replace("{to}", point(due)))
        .orElseGet(
            () ->
                due.sign() > 0 && due.amount() > 0
                    ? words
                        .within()
                        .replace("{amount}", amount(due))
                        .replace("{anchor}", anchor(due))
                    : words.by().replace("{point}", point(due)));
  }

  /** The advice for days an office is closed. */
  public String officeAdvice() {
    return words.officeAdvice();
  }

  /** A day a rule gives, in words: "your departure", "14 days before your departure". */
  private String point(DueRule rule) {
    if (rule.amount() == 0) {
      return anchor(rule);
    }
    return (rule.sign() < 0 ? words.pointBefore() : words.pointAfter())
        .replace("{amount}", amount(rule))
        .replace("{anchor}", anchor(rule));
  }

  private String anchor(DueRule rule) {
    return words.anchors().get(rule.anchor().name().toLowerCase(Locale.ROOT));
  }

  private String amount(DueRule rule) {
    String unit = rule.unit().name().toLowerCase(Locale.ROOT);
    String key = rule.amount() == 1 ? unit.substring(0, unit.length() - 1) : unit;
    return words.units().get(key).replace("{n}", Integer.toString(rule.amount()));
  }
}
