package dev.thyrida.portal.web;

import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.policy.explain.Explanations;
import dev.thyrida.policy.explain.Messages;
import java.util.List;
import java.util.Locale;

/**
 * A decision as the page shows it: accepted or not, the SDK's explanation, and each violation's
 * code, clause and sentence.
 *
 * @param accepted whether the SDK accepted the command
 * @param explanation the SDK's explanation in the page's language
 * @param refusals every violation, in the SDK's order
 */
public record Outcome(boolean accepted, String explanation, List<Refusal> refusals) {

  /**
   * One violation, rendered.
   *
   * @param code the stable code
   * @param clause the clause it enforces
   * @param message the SDK's sentence
   */
  public record Refusal(String code, String clause, String message) {}

  /**
   * Renders a decision.
   *
   * @param decision the decision
   * @param locale the page's language
   * @return the outcome
   */
  public static Outcome of(Decision decision, Locale locale) {
    List<Refusal> refusals = decision.violations().stream().map(each -> refusal(each, locale)).toList();
    return new Outcome(decision.isAccepted(), Explanations.explain(decision, locale).outcome(), refusals);
  }

  /**
   * Renders one violation.
   *
   * @param violation the violation
   * @param locale the language
   * @return the refusal
   */
  public static Refusal refusal(Violation violation, Locale locale) {
    return new Refusal(violation.code().toString(), violation.clause().id(), Messages.render(violation, locale));
  }
}
