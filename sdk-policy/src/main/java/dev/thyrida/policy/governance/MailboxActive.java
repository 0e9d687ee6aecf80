package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.function.Function;

/** C2, C1: users and administrators are defined in an activated mailbox (and activation needs an inactive one). */
final class MailboxActive<C extends Command> implements Rule<C> {

  private final Function<C, MailboxId> mailbox;
  private final boolean wanted;

  /**
   * A rule on the mailbox's state.
   *
   * @param mailbox the mailbox the command names
   * @param wanted true when the mailbox must be active (C2), false when it must not yet be (C1)
   */
  MailboxActive(Function<C, MailboxId> mailbox, boolean wanted) {
    this.mailbox = mailbox;
    this.wanted = wanted;
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    MailboxId id = mailbox.apply(command);
    boolean broken = directory.mailbox(id).map(Mailbox::isActive).filter(active -> active != wanted).isPresent();
    return Found.when(broken, wanted ? GovernanceCode.MAILBOX_NOT_ACTIVE : GovernanceCode.MAILBOX_ALREADY_ACTIVE,
        "mailbox", id.value());
  }

  @Override
  public String name() {
    return wanted ? "MailboxActive" : "MailboxNotYetActive";
  }
}
