package dev.thyrida.policy.governance;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import java.util.List;

/** Builds a rule's answer: one violation when the rule is broken, none otherwise. */
final class Found {

  private Found() {}

  static List<Violation> when(boolean broken, ViolationCode code, String... namesAndValues) {
    return broken ? List.of(Violation.of(code, namesAndValues)) : List.of();
  }

  static List<Violation> when(boolean broken, ViolationCode code, Clause clause, String... namesAndValues) {
    if (!broken) {
      return List.of();
    }
    Violation plain = Violation.of(code, namesAndValues);
    return List.of(new Violation(code, clause, plain.parameters()));
  }
}
