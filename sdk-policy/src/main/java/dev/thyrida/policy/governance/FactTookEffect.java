package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * D6, C7: a loss of status or a supervisor's appointment is recorded once it has taken effect, so
 * what follows from it is due at once (C6 "άμεσα") and the KEP is never left between supervisors.
 */
final class FactTookEffect<C extends Command> implements Rule<C> {

  private final Function<C, Instant> effective;
  FactTookEffect(Function<C, Instant> effective) {
    this.effective = effective;
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    Instant at = effective.apply(command);
    return Found.when(at.isAfter(command.issuedAt()), GovernanceCode.FACT_NOT_YET_EFFECTIVE,
        "effectiveAt", at.toString(), "issuedAt", command.issuedAt().toString());
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.FACT_NOT_YET_EFFECTIVE);
  }
}
