package dev.thyrida.core.directory;

import dev.thyrida.core.event.KepEvent;
import dev.thyrida.core.event.KepRegistered;
import dev.thyrida.core.event.MailboxActivated;
import dev.thyrida.core.event.MailboxCreated;
import dev.thyrida.core.event.SupervisorAppointed;
import dev.thyrida.core.kep.Kep;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.kep.MailboxState;
import dev.thyrida.core.kep.SupervisorTenure;
import java.util.Optional;

/**
 * Applies the events that set up KEPs and mailboxes (C1, C7, L26-1), and hands the role events to
 * {@link RoleEvolution}; an event about something missing changes nothing (ADR 0012).
 */
final class KepEvolution {

  private KepEvolution() {}

  static KepRegister apply(KepRegister register, KepEvent event) {
    if (event instanceof KepRegistered) {
      KepRegistered registered = (KepRegistered) event;
      return register.keps().containsKey(registered.kep())
          ? register
          : register.withKep(Kep.of(registered.kep(), registered.name(), registered.municipality()));
    }
    if (event instanceof SupervisorAppointed) {
      return appointed(register, (SupervisorAppointed) event);
    }
    if (event instanceof MailboxCreated) {
      MailboxCreated created = (MailboxCreated) event;
      return register.mailboxes().containsKey(created.mailbox())
          ? register
          : register.withNewMailbox(Mailbox.created(created.mailbox(), created.owner()));
    }
    if (event instanceof MailboxActivated) {
      Mailbox mailbox = register.mailboxes().get(((MailboxActivated) event).mailbox());
      return mailbox == null || mailbox.isActive()
          ? register
          : register.withChangedMailbox(mailbox, mailbox.withState(MailboxState.ACTIVE));
    }
    return RoleEvolution.apply(register, event);
  }

  private static KepRegister appointed(KepRegister register, SupervisorAppointed event) {
    Kep kep = register.keps().get(event.kep());
    SupervisorTenure tenure = new SupervisorTenure(event.supervisor(), event.since());
    if (kep == null || kep.supervisor().equals(Optional.of(tenure))) {
      return register;
    }
    return register.withKep(kep.withSupervisor(tenure));
  }
}
