package dev.thyrida.policy.governance;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * C2, C5, C7: the actor is an administrator of the mailbox: only the supervisor-administrator
 * defines, moves and deletes its users (C4: no one else, the Ministry included), and only an
 * outgoing administrator designates the incoming one (C7).
 */
final class ActorIsAdministrator<C extends Command> implements Rule<C> {

  private final Function<C, MailboxId> mailbox;
  private final GovernanceCode code;
  private final Clause clause;

  ActorIsAdministrator(Function<C, MailboxId> mailbox, GovernanceCode code, Clause clause) {
    this.mailbox = mailbox;
    this.code = code;
    this.clause = clause;
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    Optional<Mailbox> found = directory.mailbox(mailbox.apply(command));
    Optional<TaxId> actor = command.actor().taxId();
    if (found.isEmpty() || actor.isEmpty()) {
      return List.of();
    }
    return Found.when(!found.get().administrators().contains(actor.get()), code, clause,
        "person", actor.get().value(), "mailbox", found.get().id().value());
  }
}
