package dev.thyrida.policy.governance;

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
import dev.thyrida.policy.access.Gate;
import dev.thyrida.policy.decide.Handling;
import java.util.List;

/** The change of supervisor (C7), its optional Ministry approval (X3) and the Ministry's recovery (D7). */
final class HandoverHandlings {

  private HandoverHandlings() {}

  /** C7, X2, X3: the outgoing administrator designates the KEP's current supervisor. */
  static final Handling<DesignateAdministrator> DESIGNATE = Gate.handling(DesignateAdministrator.class,
      List.of(PersonRegistered.registered(DesignateAdministrator::incoming),
          PersonInService.required(DesignateAdministrator::incoming),
          new PersonIsCurrentSupervisor<DesignateAdministrator>(DesignateAdministrator::incoming,
              DesignateAdministrator::mailbox),
          MailboxRole.notYetAdministrator(DesignateAdministrator::incoming, DesignateAdministrator::mailbox),
          new AdministratorRoom<DesignateAdministrator>(DesignateAdministrator::mailbox),
          DesignationPending.noneWaiting(DesignateAdministrator::incoming, DesignateAdministrator::mailbox)),
      (command, directory, rules) -> List.<Event>of(rules.handoverNeedsApproval()
          ? new DesignationAwaitingApproval(Actor.of(command.actor()), command.issuedAt(), command.mailbox(),
              command.incoming(), command.actor().taxId().orElseThrow())
          : new AdministratorDesignated(Actor.of(command.actor()), command.issuedAt(), command.mailbox(),
              command.incoming(), Clause.C7)));

  /** X3: the Ministry approves the designation that waits; the incoming one becomes administrator. */
  static final Handling<ApproveDesignation> APPROVE = Gate.handling(ApproveDesignation.class,
      List.of(DesignationPending.awaiting(ApproveDesignation::incoming, ApproveDesignation::mailbox),
          PersonInService.required(ApproveDesignation::incoming),
          new PersonIsCurrentSupervisor<ApproveDesignation>(ApproveDesignation::incoming, ApproveDesignation::mailbox),
          MailboxRole.notYetAdministrator(ApproveDesignation::incoming, ApproveDesignation::mailbox),
          new AdministratorRoom<ApproveDesignation>(ApproveDesignation::mailbox)),
      (command, directory, rules) -> List.of(
          new DesignationApproved(Actor.of(command.actor()), command.issuedAt(), command.mailbox(), command.incoming()),
          new AdministratorDesignated(Actor.of(command.actor()), command.issuedAt(), command.mailbox(),
              command.incoming(), Clause.C7)));

  /** C7, D7: the incoming supervisor-administrator deactivates the outgoing one, never the last, never themselves. */
  static final Handling<DeactivateAdministrator> DEACTIVATE = Gate.handling(DeactivateAdministrator.class,
      List.of(new ActorIsCurrentSupervisor<DeactivateAdministrator>(DeactivateAdministrator::mailbox),
          new NotSelf(),
          MailboxRole.isAdministrator(DeactivateAdministrator::outgoing, DeactivateAdministrator::mailbox),
          new NotLastAdministrator()),
      (command, directory, rules) -> List.of(new AdministratorDeactivated(
          Actor.of(command.actor()), command.issuedAt(), command.mailbox(), command.outgoing())));

  /** D7: the Ministry, with a written reason, makes the current supervisor administrator of a mailbox left with none. */
  static final Handling<RecoverAdministrator> RECOVER = Gate.handling(RecoverAdministrator.class,
      List.of(new NoAdministratorLeft(),
          new RecoveryReason(),
          PersonRegistered.registered(RecoverAdministrator::administrator),
          PersonInService.required(RecoverAdministrator::administrator),
          new PersonIsCurrentSupervisor<RecoverAdministrator>(RecoverAdministrator::administrator,
              RecoverAdministrator::mailbox)),
      (command, directory, rules) -> List.of(new AdministratorRecovered(Actor.of(command.actor()), command.issuedAt(),
          command.mailbox(), command.administrator(), command.reason())));
}
