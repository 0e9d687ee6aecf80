package dev.thyrida.policy.governance;

import static dev.thyrida.policy.governance.Prefixes.actorOf;
import static dev.thyrida.policy.governance.Prefixes.employee;
import static dev.thyrida.policy.governance.Prefixes.ministry;
import static dev.thyrida.policy.governance.Prefixes.then;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.ApproveDesignation;
import dev.thyrida.core.command.DeactivateAdministrator;
import dev.thyrida.core.command.DesignateAdministrator;
import dev.thyrida.core.command.RecoverAdministrator;
import dev.thyrida.core.event.AdministratorDeactivated;
import dev.thyrida.core.event.AdministratorDesignated;
import dev.thyrida.core.event.AdministratorRecovered;
import dev.thyrida.core.event.DesignationApproved;
import dev.thyrida.core.event.DesignationAwaitingApproval;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.policy.decide.Handling;
import java.util.List;

/** The change of supervisor (C7), its optional Ministry approval (X3) and the Ministry's recovery (D7). */
final class HandoverHandlings {

  private HandoverHandlings() {}

  /** C7, X2, X3: the outgoing administrator designates the KEP's current supervisor. */
  static final Handling<DesignateAdministrator> DESIGNATE = Handling.of(DesignateAdministrator.class,
      then(employee(false),
          new MailboxExists<>(DesignateAdministrator::mailbox),
          new KepMailbox<>(DesignateAdministrator::mailbox),
          new MailboxActive<>(DesignateAdministrator::mailbox, true),
          new ActorIsAdministrator<>(DesignateAdministrator::mailbox, GovernanceCode.NOT_OUTGOING_ADMINISTRATOR, Clause.C7),
          new PersonRegistered<>(DesignateAdministrator::incoming),
          new PersonInService<>(DesignateAdministrator::incoming, GovernanceCode.STATUS_LOST),
          new PersonIsCurrentSupervisor<>(DesignateAdministrator::incoming, DesignateAdministrator::mailbox, Clause.C7),
          MailboxRole.administrator(DesignateAdministrator::incoming, DesignateAdministrator::mailbox, false),
          new AdministratorRoom<>(DesignateAdministrator::mailbox),
          new DesignationPending<>(DesignateAdministrator::incoming, DesignateAdministrator::mailbox, false)),
      (command, directory, rules) -> List.<Event>of(rules.handoverNeedsApproval()
          ? new DesignationAwaitingApproval(Actor.of(command.actor()), command.issuedAt(), command.mailbox(),
              command.incoming(), actorOf(command))
          : new AdministratorDesignated(Actor.of(command.actor()), command.issuedAt(), command.mailbox(),
              command.incoming(), Clause.C7)));

  /** X3: the Ministry approves the designation that waits; the incoming one becomes administrator. */
  static final Handling<ApproveDesignation> APPROVE = Handling.of(ApproveDesignation.class,
      then(ministry(Clause.X3),
          new MailboxExists<>(ApproveDesignation::mailbox),
          new KepMailbox<>(ApproveDesignation::mailbox),
          new MailboxActive<>(ApproveDesignation::mailbox, true),
          new DesignationPending<>(ApproveDesignation::incoming, ApproveDesignation::mailbox, true),
          new PersonInService<>(ApproveDesignation::incoming, GovernanceCode.STATUS_LOST),
          new PersonIsCurrentSupervisor<>(ApproveDesignation::incoming, ApproveDesignation::mailbox, Clause.C7),
          MailboxRole.administrator(ApproveDesignation::incoming, ApproveDesignation::mailbox, false),
          new AdministratorRoom<>(ApproveDesignation::mailbox)),
      (command, directory, rules) -> List.of(
          new DesignationApproved(Actor.of(command.actor()), command.issuedAt(), command.mailbox(), command.incoming()),
          new AdministratorDesignated(Actor.of(command.actor()), command.issuedAt(), command.mailbox(),
              command.incoming(), Clause.C7)));

  /** C7, D7: the incoming supervisor-administrator deactivates the outgoing one, never the last, never themselves. */
  static final Handling<DeactivateAdministrator> DEACTIVATE = Handling.of(DeactivateAdministrator.class,
      then(employee(false),
          new MailboxExists<>(DeactivateAdministrator::mailbox),
          new KepMailbox<>(DeactivateAdministrator::mailbox),
          new ActorIsCurrentSupervisor<>(DeactivateAdministrator::mailbox, Clause.C7),
          new ActorIsAdministrator<>(DeactivateAdministrator::mailbox, GovernanceCode.NOT_ADMINISTRATOR, Clause.C7),
          new NotSelf(),
          MailboxRole.administrator(DeactivateAdministrator::outgoing, DeactivateAdministrator::mailbox, true),
          new NotLastAdministrator()),
      (command, directory, rules) -> List.of(new AdministratorDeactivated(
          Actor.of(command.actor()), command.issuedAt(), command.mailbox(), command.outgoing())));

  /** D7: the Ministry, with a written reason, makes the current supervisor administrator of a mailbox left with none. */
  static final Handling<RecoverAdministrator> RECOVER = Handling.of(RecoverAdministrator.class,
      then(ministry(Clause.D7),
          new MailboxExists<>(RecoverAdministrator::mailbox),
          new KepMailbox<>(RecoverAdministrator::mailbox),
          new MailboxActive<>(RecoverAdministrator::mailbox, true),
          new NoAdministratorLeft(),
          new RecoveryReason(),
          new PersonRegistered<>(RecoverAdministrator::administrator),
          new PersonInService<>(RecoverAdministrator::administrator, GovernanceCode.STATUS_LOST),
          new PersonIsCurrentSupervisor<>(RecoverAdministrator::administrator, RecoverAdministrator::mailbox, Clause.D7)),
      (command, directory, rules) -> List.of(new AdministratorRecovered(Actor.of(command.actor()), command.issuedAt(),
          command.mailbox(), command.administrator(), command.reason())));
}
