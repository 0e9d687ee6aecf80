package dev.thyrida.policy.governance;

import dev.thyrida.core.command.DeactivateAdministrator;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/** D7: no voluntary action leaves an activated mailbox with no administrator. */
final class NotLastAdministrator implements Rule<DeactivateAdministrator> {

  @Override
  public List<Violation> check(DeactivateAdministrator command, Directory directory, GovernanceRules rules) {
    boolean last = directory.mailbox(command.mailbox())
        .filter(box -> box.administrators().contains(command.outgoing()) && box.administrators().size() <= 1)
        .isPresent();
    return Found.when(last, GovernanceCode.LAST_ADMINISTRATOR, "mailbox", command.mailbox().value());
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.LAST_ADMINISTRATOR);
  }
}
