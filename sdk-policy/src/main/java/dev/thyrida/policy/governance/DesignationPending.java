package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.kep.PendingDesignation;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * X3: with approval on, a designation waits for the Ministry: one at a time per mailbox, and the
 * Ministry approves only the one that waits.
 */
final class DesignationPending<C extends Command> implements Rule<C> {

  private final Function<C, TaxId> person;
  private final Function<C, MailboxId> mailbox;
  private final boolean wanted;

  /**
   * X3: the Ministry approves only the designation of this person that waits ({@code DesignationPending}).
   *
   * @param <C> the kind of command
   * @param person the incoming person
   * @param mailbox the mailbox
   * @return the rule
   */
  static <C extends Command> DesignationPending<C> awaiting(Function<C, TaxId> person, Function<C, MailboxId> mailbox) {
    return new DesignationPending<>(person, mailbox, true);
  }

  /**
   * X3: with approval on, one designation waits at a time ({@code NoDesignationPending}).
   *
   * @param <C> the kind of command
   * @param person the incoming person
   * @param mailbox the mailbox
   * @return the rule
   */
  static <C extends Command> DesignationPending<C> noneWaiting(Function<C, TaxId> person,
      Function<C, MailboxId> mailbox) {
    return new DesignationPending<>(person, mailbox, false);
  }

  private DesignationPending(Function<C, TaxId> person, Function<C, MailboxId> mailbox, boolean wanted) {
    this.person = person;
    this.mailbox = mailbox;
    this.wanted = wanted;
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    Optional<Mailbox> found = directory.mailbox(mailbox.apply(command));
    if (found.isEmpty()) {
      return List.of();
    }
    Optional<PendingDesignation> pending = found.get().pendingDesignation();
    TaxId id = person.apply(command);
    if (wanted) {
      return Found.when(pending.filter(waiting -> waiting.incoming().equals(id)).isEmpty(),
          GovernanceCode.DESIGNATION_NOT_PENDING, "mailbox", found.get().id().value(), "person", id.value());
    }
    return Found.when(rules.handoverNeedsApproval() && pending.isPresent(), GovernanceCode.DESIGNATION_ALREADY_PENDING,
        "mailbox", found.get().id().value(), "person", pending.map(waiting -> waiting.incoming().value()).orElse(""));
  }

  @Override
  public String name() {
    return wanted ? "DesignationPending" : "NoDesignationPending";
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(wanted ? GovernanceCode.DESIGNATION_NOT_PENDING : GovernanceCode.DESIGNATION_ALREADY_PENDING);
  }
}
