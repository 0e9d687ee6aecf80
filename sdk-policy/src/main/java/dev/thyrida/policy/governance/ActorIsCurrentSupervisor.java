package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** C1, C7: the actor is the current supervisor of the mailbox's KEP at the command's instant. */
final class ActorIsCurrentSupervisor<C extends Command> implements Rule<C> {

  private final Function<C, MailboxId> mailbox;
  ActorIsCurrentSupervisor(Function<C, MailboxId> mailbox) {
    this.mailbox = mailbox;
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    Optional<KepCode> kep = Supervision.kepOf(mailbox.apply(command), directory);
    if (kep.isEmpty() || command.actor().taxId().isEmpty()) {
      return List.of();
    }
    String person = command.actor().taxId().get().value();
    boolean broken = !Supervision.isCurrentSupervisor(command.actor().taxId().get(), kep.get(), command.issuedAt(), directory);
    return Found.when(broken, GovernanceCode.NOT_CURRENT_SUPERVISOR, "person", person, "kep", kep.get().value());
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.NOT_CURRENT_SUPERVISOR);
  }
}
