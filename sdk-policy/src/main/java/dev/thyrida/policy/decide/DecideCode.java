package dev.thyrida.policy.decide;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.ViolationCode;

/** The decider's own codes (κωδικοί του μηχανισμού), for commands no family decides. */
public enum DecideCode implements ViolationCode {
  /**
   * L26-3: no registered family decides this kind of command, so nothing may be done on its behalf
   * (ADR 0041); parameter {@code command}, the command's kind.
   */
  COMMAND_NOT_HANDLED(Clause.L26_3);

  private final Clause clause;

  DecideCode(Clause clause) {
    this.clause = clause;
  }

  @Override
  public Clause clause() {
    return clause;
  }
}
