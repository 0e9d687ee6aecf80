package dev.thyrida.policy.governance;

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
import dev.thyrida.policy.access.Gate;
import dev.thyrida.policy.decide.Handling;
import java.util.List;

/** Activating a KEP mailbox and managing its users (C1–C5, C10). */
final class MailboxHandlings {

  private MailboxHandlings() {}

  /** C1, C10: the current supervisor activates the mailbox and becomes its administrator in the same decision. */
  static final Handling<ActivateMailbox> ACTIVATE = Gate.handling(ActivateMailbox.class,
      List.of(new MailboxNotYetActive(),
          new ActorIsCurrentSupervisor<ActivateMailbox>(ActivateMailbox::mailbox)),
      (command, directory, rules) -> List.of(
          new MailboxActivated(Actor.of(command.actor()), command.issuedAt(), command.mailbox()),
          new AdministratorDesignated(Actor.of(command.actor()), command.issuedAt(), command.mailbox(),
              command.actor().taxId().orElseThrow(), Clause.C1)));

  /** C2–C4: an administrator adds an eligible employee as a user, with no Ministry step. */
  static final Handling<AddHandler> ADD = Gate.handling(AddHandler.class,
      List.of(PersonRegistered.registered(AddHandler::handler),
          PersonInService.required(AddHandler::handler),
          new EligibleAtKep<AddHandler>(AddHandler::handler, AddHandler::mailbox),
          MailboxRole.notYetHandler(AddHandler::handler, AddHandler::mailbox)),
      (command, directory, rules) -> List.of(
          new HandlerAdded(Actor.of(command.actor()), command.issuedAt(), command.mailbox(), command.handler())));

  /** C5: an administrator of both mailboxes assigns a user to a different mailbox; one event says moved. */
  static final Handling<MoveHandler> MOVE = Gate.handling(MoveHandler.class,
      List.of(new DifferentMailboxes(),
          PersonRegistered.registered(MoveHandler::handler),
          PersonInService.required(MoveHandler::handler),
          MailboxRole.isHandler(MoveHandler::handler, MoveHandler::from),
          MailboxRole.notYetHandler(MoveHandler::handler, MoveHandler::to),
          new EligibleAtKep<MoveHandler>(MoveHandler::handler, MoveHandler::to)),
      (command, directory, rules) -> List.of(new HandlerMoved(
          Actor.of(command.actor()), command.issuedAt(), command.from(), command.to(), command.handler())));

  /** C5: an administrator deletes a user. */
  static final Handling<RemoveHandler> REMOVE = Gate.handling(RemoveHandler.class,
      List.of(MailboxRole.isHandler(RemoveHandler::handler, RemoveHandler::mailbox)),
      (command, directory, rules) -> List.of(new HandlerRemoved(
          Actor.of(command.actor()), command.issuedAt(), command.mailbox(), command.handler(), Clause.C5)));
}
