package dev.thyrida.policy.governance;

import dev.thyrida.core.command.ActivateMailbox;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/** C1: a KEP mailbox is activated once (ενεργοποίηση): activation needs one not yet active. */
final class MailboxNotYetActive implements Rule<ActivateMailbox> {

  @Override
  public List<Violation> check(ActivateMailbox command, Directory directory, GovernanceRules rules) {
    boolean active = directory.mailbox(command.mailbox()).filter(Mailbox::isActive).isPresent();
    return Found.when(active, GovernanceCode.MAILBOX_ALREADY_ACTIVE, "mailbox", command.mailbox().value());
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.MAILBOX_ALREADY_ACTIVE);
  }
}
