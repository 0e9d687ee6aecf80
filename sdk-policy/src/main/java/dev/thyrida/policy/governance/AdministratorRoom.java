package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.function.Function;

/** X2: a mailbox has at most the rules' maximum of administrators (2: outgoing and incoming, C7). */
final class AdministratorRoom<C extends Command> implements Rule<C> {

  private final Function<C, MailboxId> mailbox;

  AdministratorRoom(Function<C, MailboxId> mailbox) {
    this.mailbox = mailbox;
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    MailboxId id = mailbox.apply(command);
    boolean full = directory.mailbox(id)
        .filter(box -> box.administrators().size() >= rules.maxAdministrators())
        .isPresent();
    return Found.when(full, GovernanceCode.ADMINISTRATOR_LIMIT_REACHED,
        "mailbox", id.value(), "maximum", Integer.toString(rules.maxAdministrators()));
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.ADMINISTRATOR_LIMIT_REACHED);
  }
}
