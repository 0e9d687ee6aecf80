package dev.thyrida.policy.governance;

import static dev.thyrida.policy.governance.Prefixes.actorOf;
import static dev.thyrida.policy.governance.Prefixes.employee;
import static dev.thyrida.policy.governance.Prefixes.then;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.ActivateMailbox;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.MoveHandler;
import dev.thyrida.core.command.RemoveHandler;
import dev.thyrida.core.event.AdministratorDesignated;
import dev.thyrida.core.event.HandlerAdded;
import dev.thyrida.core.event.HandlerMoved;
import dev.thyrida.core.event.HandlerRemoved;
import dev.thyrida.core.event.MailboxActivated;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.policy.decide.Handling;
import java.util.List;

/** Activating a KEP mailbox and managing its users (C1–C5, C10). */
final class MailboxHandlings {

  private MailboxHandlings() {}

  /** C1, C10: the current supervisor activates the mailbox and becomes its administrator in the same decision. */
  static final Handling<ActivateMailbox> ACTIVATE = Handling.of(ActivateMailbox.class,
      then(employee(false),
          new MailboxExists<>(ActivateMailbox::mailbox),
          new KepMailbox<>(ActivateMailbox::mailbox),
          new MailboxActive<>(ActivateMailbox::mailbox, false),
          new ActorIsCurrentSupervisor<>(ActivateMailbox::mailbox, Clause.C1)),
      (command, directory, rules) -> List.of(
          new MailboxActivated(Actor.of(command.actor()), command.issuedAt(), command.mailbox()),
          new AdministratorDesignated(Actor.of(command.actor()), command.issuedAt(), command.mailbox(),
              actorOf(command), Clause.C1)));

  /** C2–C4: an administrator adds an eligible employee as a user, with no Ministry step. */
  static final Handling<AddHandler> ADD = Handling.of(AddHandler.class,
      then(employee(true),
          new MailboxExists<>(AddHandler::mailbox),
          new KepMailbox<>(AddHandler::mailbox),
          new MailboxActive<>(AddHandler::mailbox, true),
          new ActorIsAdministrator<>(AddHandler::mailbox, GovernanceCode.NOT_ADMINISTRATOR, Clause.C2),
          new PersonRegistered<>(AddHandler::handler),
          new PersonInService<>(AddHandler::handler, GovernanceCode.STATUS_LOST),
          new EligibleAtKep<>(AddHandler::handler, AddHandler::mailbox),
          MailboxRole.handler(AddHandler::handler, AddHandler::mailbox, false)),
      (command, directory, rules) -> List.of(
          new HandlerAdded(Actor.of(command.actor()), command.issuedAt(), command.mailbox(), command.handler())));

  /** C5: an administrator of both mailboxes assigns a user to a different mailbox; one event says moved. */
  static final Handling<MoveHandler> MOVE = Handling.of(MoveHandler.class,
      then(employee(true),
          new MailboxExists<>(MoveHandler::from),
          new MailboxExists<>(MoveHandler::to),
          new KepMailbox<>(MoveHandler::from),
          new KepMailbox<>(MoveHandler::to),
          new MailboxActive<>(MoveHandler::to, true),
          new DifferentMailboxes(),
          new ActorIsAdministrator<>(MoveHandler::from, GovernanceCode.NOT_ADMINISTRATOR, Clause.C5),
          new ActorIsAdministrator<>(MoveHandler::to, GovernanceCode.NOT_ADMINISTRATOR, Clause.C5),
          new PersonRegistered<>(MoveHandler::handler),
          new PersonInService<>(MoveHandler::handler, GovernanceCode.STATUS_LOST),
          MailboxRole.handler(MoveHandler::handler, MoveHandler::from, true),
          MailboxRole.handler(MoveHandler::handler, MoveHandler::to, false),
          new EligibleAtKep<>(MoveHandler::handler, MoveHandler::to)),
      (command, directory, rules) -> List.of(new HandlerMoved(
          Actor.of(command.actor()), command.issuedAt(), command.from(), command.to(), command.handler())));

  /** C5: an administrator deletes a user. */
  static final Handling<RemoveHandler> REMOVE = Handling.of(RemoveHandler.class,
      then(employee(true),
          new MailboxExists<>(RemoveHandler::mailbox),
          new KepMailbox<>(RemoveHandler::mailbox),
          new ActorIsAdministrator<>(RemoveHandler::mailbox, GovernanceCode.NOT_ADMINISTRATOR, Clause.C5),
          MailboxRole.handler(RemoveHandler::handler, RemoveHandler::mailbox, true)),
      (command, directory, rules) -> List.of(new HandlerRemoved(
          Actor.of(command.actor()), command.issuedAt(), command.mailbox(), command.handler(), Clause.C5)));
}
