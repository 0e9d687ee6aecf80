package dev.thyrida.policy.governance;

import dev.thyrida.core.command.CreateMailbox;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/** L26-1: a new mailbox (θυρίδα) takes an id no mailbox has yet. */
final class MailboxIdUnused implements Rule<CreateMailbox> {

  @Override
  public List<Violation> check(CreateMailbox command, Directory directory, GovernanceRules rules) {
    return Found.when(directory.mailbox(command.mailbox()).isPresent(), GovernanceCode.MAILBOX_ALREADY_EXISTS,
        "mailbox", command.mailbox().value());
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.MAILBOX_ALREADY_EXISTS);
  }
}
