package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.function.Function;

/** C1, L26-1: the mailbox a command names exists (or, when creating one, its id is unused). */
final class MailboxExists<C extends Command> implements Rule<C> {

  private final Function<C, MailboxId> mailbox;

  private final boolean wanted;

  MailboxExists(Function<C, MailboxId> mailbox) {
    this(mailbox, true);
  }

  /**
   * A rule on the mailbox's existence.
   *
   * @param mailbox the mailbox the command names
   * @param wanted true when it must exist, false when its id must be unused
   */
  MailboxExists(Function<C, MailboxId> mailbox, boolean wanted) {
    this.mailbox = mailbox;
    this.wanted = wanted;
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    MailboxId id = mailbox.apply(command);
    return Found.when(directory.mailbox(id).isPresent() != wanted,
        wanted ? GovernanceCode.MAILBOX_NOT_FOUND : GovernanceCode.MAILBOX_ALREADY_EXISTS, "mailbox", id.value());
  }

  @Override
  public String name() {
    return wanted ? "MailboxExists" : "MailboxIdUnused";
  }
}
