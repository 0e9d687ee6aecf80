package dev.thyrida.policy.governance;

import dev.thyrida.core.command.RecoverAdministrator;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/** D7: the Ministry's recovery is only for a mailbox left with no administrator. */
final class NoAdministratorLeft implements Rule<RecoverAdministrator> {

  @Override
  public List<Violation> check(RecoverAdministrator command, Directory directory, GovernanceRules rules) {
    int count = directory.mailbox(command.mailbox()).map(box -> box.administrators().size()).orElse(0);
    return Found.when(count > 0, GovernanceCode.MAILBOX_HAS_ADMINISTRATOR,
        "mailbox", command.mailbox().value(), "count", Integer.toString(count));
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.MAILBOX_HAS_ADMINISTRATOR);
  }
}
