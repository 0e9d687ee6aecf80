package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.kep.MailboxKind;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.function.Function;

/** C1: the circular governs KEP request mailboxes only, not citizens' or agencies' mailboxes. */
final class KepMailbox<C extends Command> implements Rule<C> {

  private final Function<C, MailboxId> mailbox;

  KepMailbox(Function<C, MailboxId> mailbox) {
    this.mailbox = mailbox;
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    MailboxId id = mailbox.apply(command);
    return directory.mailbox(id)
        .filter(found -> found.kind() != MailboxKind.KEP_REQUESTS)
        .map(found -> Found.when(true, GovernanceCode.NOT_A_KEP_MAILBOX,
            "mailbox", id.value(), "kind", found.kind().name()))
        .orElse(List.of());
  }
}
