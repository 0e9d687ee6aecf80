package dev.thyrida.policy.access;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.policy.explain.Messages;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The answer to an access question (απόφαση πρόσβασης): allowed, or refused with every violation,
 * each an {@link AccessCode} with its clause and named parameters (L26-3).
 *
 * @param violations every violation found, in a stable order; empty when allowed
 */
public record AccessDecision(List<Violation> violations) {

  /** The decision that allows. */
  public static final AccessDecision ALLOWED = new AccessDecision(List.of());

  /**
   * Freezes the violations.
   *
   * @param violations the violations
   * @throws dev.thyrida.core.identity.InvalidValueException when they are missing
   */
  public AccessDecision {
    violations = List.copyOf(Presence.required("AccessDecision", "violations", violations));
  }

  /**
   * The decision for a list of violations: allowed when there are none.
   *
   * @param violations the violations found
   * @return the decision
   */
  public static AccessDecision of(List<Violation> violations) {
    return violations.isEmpty() ? ALLOWED : new AccessDecision(violations);
  }

  /**
   * Tells whether access is allowed.
   *
   * @return true when there is no violation
   */
  public boolean isAllowed() {
    return violations.isEmpty();
  }

  /**
   * The codes of the violations, in order.
   *
   * @return the codes; empty when allowed
   */
  public List<ViolationCode> codes() {
    return violations.stream().map(Violation::code).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether a code is among the violations.
   *
   * @param code the code
   * @return true when some violation has it
   */
  public boolean has(ViolationCode code) {
    return violations.stream().anyMatch(violation -> violation.code() == code);
  }

  /**
   * Explains the refusal in a language, one sentence per violation, from the shared bundles.
   *
   * @param locale the reader's locale: Greek for {@code el}, English otherwise
   * @return the sentences in order; empty when allowed
   */
  public List<String> explain(Locale locale) {
    return violations.stream().map(violation -> Messages.render(violation, locale))
        .collect(Collectors.toUnmodifiableList());
  }
}
