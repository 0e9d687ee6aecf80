package dev.thyrida.policy.governance;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import java.util.List;

/** Builds a rule's answer: one violation when the rule is broken, none otherwise. */
final class Found {

  private Found() {}

  static List<Violation> when(boolean broken, ViolationCode code, String... namesAndValues) {
    return broken ? List.of(Violation.of(code, namesAndValues)) : List.of();
  }

}
