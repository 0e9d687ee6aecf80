package dev.thyrida.policy.governance;

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
import java.util.Set;
import java.util.function.Function;

/**
 * C5, C7: whether a person holds a role in a mailbox: a user is added once and only a user is moved
 * or deleted (C5); the incoming one is not yet an administrator and the outgoing one to deactivate
 * is one (C7).
 */
final class MailboxRole<C extends Command> implements Rule<C> {

  private final String name;
  private final Function<Mailbox, Set<TaxId>> holders;
  private final Function<C, TaxId> person;
  private final Function<C, MailboxId> mailbox;
  private final boolean wanted;
  private final GovernanceCode code;

  private MailboxRole(String name, Function<Mailbox, Set<TaxId>> holders, Function<C, TaxId> person,
      Function<C, MailboxId> mailbox, boolean wanted, GovernanceCode code) {
    this.name = name;
    this.holders = holders;
    this.person = person;
    this.mailbox = mailbox;
    this.wanted = wanted;
    this.code = code;
  }

  /** C5: the person is (wanted) or is not yet (not wanted) a handler of the mailbox. */
  static <C extends Command> MailboxRole<C> handler(Function<C, TaxId> person, Function<C, MailboxId> mailbox,
      boolean wanted) {
    return new MailboxRole<>(wanted ? "IsHandler" : "NotYetHandler", Mailbox::handlers, person, mailbox, wanted,
        wanted ? GovernanceCode.NOT_A_HANDLER : GovernanceCode.ALREADY_HANDLER);
  }

  /** C7: the person is (wanted) or is not yet (not wanted) an administrator of the mailbox. */
  static <C extends Command> MailboxRole<C> administrator(Function<C, TaxId> person, Function<C, MailboxId> mailbox,
      boolean wanted) {
    return new MailboxRole<>(wanted ? "IsAdministrator" : "NotYetAdministrator", Mailbox::administrators, person,
        mailbox, wanted, wanted ? GovernanceCode.PERSON_NOT_ADMINISTRATOR : GovernanceCode.ALREADY_ADMINISTRATOR);
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    Optional<Mailbox> found = directory.mailbox(mailbox.apply(command));
    TaxId id = person.apply(command);
    boolean broken = found.filter(box -> holders.apply(box).contains(id) != wanted).isPresent();
    return Found.when(broken, code, "person", id.value(), "mailbox", mailbox.apply(command).value());
  }

  @Override
  public String name() {
    return name;
  }
}
