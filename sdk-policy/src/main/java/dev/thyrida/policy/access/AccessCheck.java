package dev.thyrida.policy.access;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.principal.Actor;
import java.util.List;

/**
 * One rule of access (κανόνας πρόσβασης): it checks one thing about a question and reports each way
 * it is broken. The same instances answer {@link Access#decide} and begin every decided command
 * ({@link Gate}); each is silent where an earlier one already refused the principal, so an
 * unauthenticated principal gets one violation, not five.
 */
interface AccessCheck {

  /**
   * Checks the question; pure and total.
   *
   * @param question who asks what
   * @param directory the directory snapshot
   * @param rules the phase and the application
   * @return every violation found, in a stable order; empty when the rule holds
   */
  List<Violation> check(Question question, Directory directory, AccessRules rules);

  /**
   * The rule's name, for the decision tables: its class's simple name.
   *
   * @return e.g. {@code SignedIn}
   */
  default String name() {
    return getClass().getSimpleName();
  }

  /**
   * The codes this rule may report, as {@link dev.thyrida.policy.decide.Rule#codes()} says.
   *
   * @return its codes, in a stable order
   */
  List<ViolationCode> codes();

  /**
   * Tells whether the principal is of a kind the action is for at all (L26-3); every rule after
   * {@link PrincipalPermitted} judges only such principals.
   *
   * @param question the question
   * @return true when the action is for this kind of principal
   */
  static boolean permitted(Question question) {
    return question.action().principals().contains(Actor.kindOf(question.principal()));
  }
}
