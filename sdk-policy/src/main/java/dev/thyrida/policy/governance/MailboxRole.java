package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
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

  /** C5: only a user is moved or deleted: the person is a handler of the mailbox ({@code IsHandler}). */
  static <C extends Command> MailboxRole<C> isHandler(Function<C, TaxId> person, Function<C, MailboxId> mailbox) {
    return new MailboxRole<>("IsHandler", Mailbox::handlers, person, mailbox, true, GovernanceCode.PERSON_NOT_A_HANDLER);
  }

  /** C5: a user is added once: the person is not yet a handler of the mailbox ({@code NotYetHandler}). */
  static <C extends Command> MailboxRole<C> notYetHandler(Function<C, TaxId> person, Function<C, MailboxId> mailbox) {
    return new MailboxRole<>("NotYetHandler", Mailbox::handlers, person, mailbox, false, GovernanceCode.ALREADY_HANDLER);
  }

  /** C7: the outgoing one to deactivate is an administrator of the mailbox ({@code IsAdministrator}). */
  static <C extends Command> MailboxRole<C> isAdministrator(Function<C, TaxId> person, Function<C, MailboxId> mailbox) {
    return new MailboxRole<>("IsAdministrator", Mailbox::administrators, person, mailbox, true,
        GovernanceCode.PERSON_NOT_AN_ADMINISTRATOR);
  }

  /** C7: the incoming one is not yet an administrator of the mailbox ({@code NotYetAdministrator}). */
  static <C extends Command> MailboxRole<C> notYetAdministrator(Function<C, TaxId> person,
      Function<C, MailboxId> mailbox) {
    return new MailboxRole<>("NotYetAdministrator", Mailbox::administrators, person, mailbox, false,
        GovernanceCode.ALREADY_ADMINISTRATOR);
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

  @Override
  public List<ViolationCode> codes() {
    return List.of(code);
  }
}
