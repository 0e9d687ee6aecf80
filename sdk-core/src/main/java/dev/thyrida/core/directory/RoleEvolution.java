package dev.thyrida.core.directory;

import dev.thyrida.core.event.AdministratorDeactivated;
import dev.thyrida.core.event.AdministratorDesignated;
import dev.thyrida.core.event.AdministratorRecovered;
import dev.thyrida.core.event.AdministratorRemoved;
import dev.thyrida.core.event.DesignationApproved;
import dev.thyrida.core.event.DesignationAwaitingApproval;
import dev.thyrida.core.event.HandlerAdded;
import dev.thyrida.core.event.HandlerMoved;
import dev.thyrida.core.event.HandlerRemoved;
import dev.thyrida.core.event.KepEvent;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.kep.PendingDesignation;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Applies the events that change a mailbox's handlers and administrators (C2, C5, C6, C7, D6, D7,
 * X3); an event about a missing mailbox changes nothing (ADR 0012).
 */
final class RoleEvolution {

  private RoleEvolution() {}

  static KepRegister apply(KepRegister register, KepEvent event) {
    if (event instanceof HandlerAdded) {
      HandlerAdded added = (HandlerAdded) event;
      return change(register, added.mailbox(), mailbox -> mailbox.withHandler(added.handler()));
    }
    if (event instanceof HandlerMoved) {
      return moved(register, (HandlerMoved) event);
    }
    if (event instanceof HandlerRemoved) {
      HandlerRemoved removed = (HandlerRemoved) event;
      return change(register, removed.mailbox(), mailbox -> mailbox.withoutHandler(removed.handler()));
    }
    if (event instanceof AdministratorDesignated) {
      AdministratorDesignated designated = (AdministratorDesignated) event;
      return change(register, designated.mailbox(), mailbox -> mailbox.withAdministrator(designated.administrator()));
    }
    if (event instanceof AdministratorRecovered) {
      AdministratorRecovered recovered = (AdministratorRecovered) event;
      return change(register, recovered.mailbox(), mailbox -> mailbox.withAdministrator(recovered.administrator()));
    }
    if (event instanceof AdministratorDeactivated) {
      AdministratorDeactivated gone = (AdministratorDeactivated) event;
      return change(register, gone.mailbox(), mailbox -> mailbox.withoutAdministrator(gone.administrator()));
    }
    if (event instanceof AdministratorRemoved) {
      AdministratorRemoved gone = (AdministratorRemoved) event;
      return change(register, gone.mailbox(), mailbox -> mailbox.withoutAdministrator(gone.administrator()));
    }
    return designation(register, event);
  }

  private static KepRegister designation(KepRegister register, KepEvent event) {
    if (event instanceof DesignationAwaitingApproval) {
      DesignationAwaitingApproval awaiting = (DesignationAwaitingApproval) event;
      PendingDesignation pending =
          new PendingDesignation(awaiting.incoming(), awaiting.designatedBy(), awaiting.at());
      return change(register, awaiting.mailbox(), mailbox -> mailbox.withPendingDesignation(Optional.of(pending)));
    }
    if (event instanceof DesignationApproved) {
      DesignationApproved approved = (DesignationApproved) event;
      return change(register, approved.mailbox(), mailbox -> approvedOf(mailbox, approved));
    }
    return register;
  }

  /** Approval clears the pending designation of that person; the designation itself is its own event. */
  private static Mailbox approvedOf(Mailbox mailbox, DesignationApproved approved) {
    boolean matches = mailbox.pendingDesignation()
        .map(pending -> pending.incoming().equals(approved.incoming()))
        .orElse(false);
    return matches ? mailbox.withPendingDesignation(Optional.empty()) : mailbox;
  }

  /** Both mailboxes must exist, or nothing changes. */
  private static KepRegister moved(KepRegister register, HandlerMoved event) {
    if (!register.mailboxes().containsKey(event.from()) || !register.mailboxes().containsKey(event.to())) {
      return register;
    }
    KepRegister left = change(register, event.from(), mailbox -> mailbox.withoutHandler(event.handler()));
    return change(left, event.to(), mailbox -> mailbox.withHandler(event.handler()));
  }

  private static KepRegister change(KepRegister register, MailboxId id, UnaryOperator<Mailbox> change) {
    Mailbox before = register.mailboxes().get(id);
    if (before == null) {
      return register;
    }
    Mailbox after = change.apply(before);
    return after.equals(before) ? register : register.withChangedMailbox(before, after);
  }
}
