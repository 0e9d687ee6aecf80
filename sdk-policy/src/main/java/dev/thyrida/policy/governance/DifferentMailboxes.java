package dev.thyrida.policy.governance;

import dev.thyrida.core.command.MoveHandler;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/** C5: assigning a user to a different mailbox names two different mailboxes. */
final class DifferentMailboxes implements Rule<MoveHandler> {

  @Override
  public List<Violation> check(MoveHandler command, Directory directory, GovernanceRules rules) {
    return Found.when(command.from().equals(command.to()), GovernanceCode.SAME_MAILBOX, "mailbox", command.from().value());
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.SAME_MAILBOX);
  }
}
