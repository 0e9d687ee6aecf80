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

/**
 * C3: the person works at the mailbox's KEP at the command's instant (organic position, transfer or
 * placement by decision valid then). Registration and status have their own rules.
 */
final class EligibleAtKep<C extends Command> implements Rule<C> {

  private final Function<C, TaxId> person;
  private final Function<C, MailboxId> mailbox;

  EligibleAtKep(Function<C, TaxId> person, Function<C, MailboxId> mailbox) {
    this.person = person;
    this.mailbox = mailbox;
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    Optional<KepCode> kep = Supervision.kepOf(mailbox.apply(command), directory);
    TaxId id = person.apply(command);
    if (kep.isEmpty() || directory.employee(id).isEmpty()) {
      return List.of();
    }
    return Eligibility.assess(id, kep.get(), command.issuedAt(), directory).postingReason()
        .map(reason -> Found.when(true, GovernanceCode.NOT_ELIGIBLE_AT_KEP,
            "person", id.value(), "kep", kep.get().value(), "reason", reason.name()))
        .orElse(List.of());
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(GovernanceCode.NOT_ELIGIBLE_AT_KEP);
  }
}
