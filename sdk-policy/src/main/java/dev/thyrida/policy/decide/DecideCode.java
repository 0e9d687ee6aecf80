package dev.thyrida.policy.decide;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.ViolationCode;
import java.util.List;

/** The decider's own codes (κωδικοί του μηχανισμού), for what holds of every command alike. */
public enum DecideCode implements ViolationCode {
  /**
   * L26-3: no registered family decides this kind of command, so nothing may be done on its behalf
   * (ADR 0041); {@code command}, the command's kind.
   */
  COMMAND_NOT_HANDLED(Clause.L26_3, "command"),
  /**
   * D10: the command was issued before the directory's instant, the latest event it applied, so it
   * would be judged in the past (a stale or back-dated clock); {@code issuedAt}, {@code directoryAt}.
   */
  ISSUED_BEFORE_DIRECTORY(Clause.D10, "issuedAt", "directoryAt");

  private final Clause clause;
  private final List<String> parameters;

  DecideCode(Clause clause, String... parameters) {
    this.clause = clause;
    this.parameters = List.of(parameters);
  }

  @Override
  public Clause clause() {
    return clause;
  }

  @Override
  public List<String> parameters() {
    return parameters;
  }
}
