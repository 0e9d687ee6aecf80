package dev.thyrida.policy.governance;

import dev.thyrida.core.command.RecoverAdministrator;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/** D7: a recovery records a written reason, at least {@value #MINIMUM} code points long (ADR 0044). */
final class RecoveryReason implements Rule<RecoverAdministrator> {

  /** The shortest reason accepted, so that "n/a" or "x" is not a recorded reason. */
  static final int MINIMUM = 10;

  @Override
  public List<Violation> check(RecoverAdministrator command, Directory directory, GovernanceRules rules) {
    int length = command.reason().strip().codePointCount(0, command.reason().strip().length());
    return Found.when(length < MINIMUM, GovernanceCode.RECOVERY_REASON_REQUIRED,
        "length", Integer.toString(length), "minimum", Integer.toString(MINIMUM));
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.RECOVERY_REASON_REQUIRED);
  }
}
