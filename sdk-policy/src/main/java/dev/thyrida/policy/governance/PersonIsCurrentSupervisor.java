package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** C7, D7: only the KEP's current supervisor is designated (or recovered as) its mailbox's administrator. */
final class PersonIsCurrentSupervisor<C extends Command> implements Rule<C> {

  private final Function<C, TaxId> person;
  private final Function<C, MailboxId> mailbox;
  PersonIsCurrentSupervisor(Function<C, TaxId> person, Function<C, MailboxId> mailbox) {
    this.person = person;
    this.mailbox = mailbox;
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    Optional<KepCode> kep = Supervision.kepOf(mailbox.apply(command), directory);
    TaxId id = person.apply(command);
    boolean broken = kep.filter(code -> !Supervision.isCurrentSupervisor(id, code, command.issuedAt(), directory)).isPresent();
    return Found.when(broken, GovernanceCode.INCOMING_NOT_CURRENT_SUPERVISOR,
        "person", id.value(), "kep", kep.map(KepCode::value).orElse(""));
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.INCOMING_NOT_CURRENT_SUPERVISOR);
  }
}
