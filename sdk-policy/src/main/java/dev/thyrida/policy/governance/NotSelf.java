package dev.thyrida.policy.governance;

import dev.thyrida.core.command.DeactivateAdministrator;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/** C7: the incoming administrator deactivates the outgoing one, never themselves. */
final class NotSelf implements Rule<DeactivateAdministrator> {

  @Override
  public List<Violation> check(DeactivateAdministrator command, Directory directory, GovernanceRules rules) {
    boolean self = command.actor().taxId().filter(command.outgoing()::equals).isPresent();
    return Found.when(self, GovernanceCode.CANNOT_DEACTIVATE_SELF, "person", command.outgoing().value());
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.CANNOT_DEACTIVATE_SELF);
  }
}
