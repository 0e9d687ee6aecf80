package dev.thyrida.testkit.sequences;

import dev.thyrida.core.command.ActivateMailbox;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.ApproveDesignation;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.DeactivateAdministrator;
import dev.thyrida.core.command.DesignateAdministrator;
import dev.thyrida.core.command.MoveHandler;
import dev.thyrida.core.command.RecoverAdministrator;
import dev.thyrida.core.command.RemoveHandler;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.kep.MailboxKind;
import dev.thyrida.core.kep.PendingDesignation;
import dev.thyrida.core.staff.Posting;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Drawing the mailbox governance commands (C1–C7, D7, X3) from the current directory. */
final class MailboxDraws {

  private MailboxDraws() {}

  static boolean activeKep(Mailbox m) {
    return m.kind() == MailboxKind.KEP_REQUESTS && m.isActive();
  }

  /** Whether the mailbox awaits a handover: its supervisor is not yet among its administrators (C7). */
  static boolean handoverDue(Drawing d, Mailbox m) {
    return !m.administrators().isEmpty()
        && d.supervisorOf(m.id()).filter(sup -> !m.administrators().contains(sup)).isPresent();
  }

  /** Whether the supervisor administers the mailbox beside others, who may be deactivated (C7). */
  static boolean outgoingDue(Drawing d, Mailbox m) {
    return m.administrators().size() > 1 && d.supervisorOf(m.id()).filter(m.administrators()::contains).isPresent();
  }

  /** Whether the mailbox lost its administrators while its supervisor is in service (D7). */
  static boolean recoveryDue(Drawing d, Mailbox m) {
    return m.administrators().isEmpty() && d.supervisorOf(m.id()).flatMap(d.directory()::employee)
        .map(e -> e.isActive()).orElse(false);
  }

  static Command activate(Drawing d) {
    MailboxId mailbox = d.mailbox(m -> m.kind() == MailboxKind.KEP_REQUESTS && !m.isActive());
    TaxId right = d.supervisorOf(mailbox).filter(x -> d.chance(90)).orElseGet(d::person);
    return new ActivateMailbox(Actors.employee(d, right), d.now(), mailbox);
  }

  static Command add(Drawing d) {
    MailboxId mailbox = d.mailbox(MailboxDraws::activeKep);
    List<TaxId> posted = d.directory().mailbox(mailbox).flatMap(Mailbox::kep)
        .map(kep -> Drawing.sorted(d.directory().postingsAt(kep).stream().map(Posting::employee)
            .collect(Collectors.toList())))
        .orElse(List.of());
    TaxId handler = posted.isEmpty() || d.chance(25) ? d.person() : d.pick(posted);
    return new AddHandler(Actors.employee(d, d.administratorOr(mailbox)), d.now(), mailbox, handler);
  }

  static Command move(Drawing d) {
    MailboxId from = d.mailbox(m -> !m.handlers().isEmpty());
    Optional<Mailbox> source = d.directory().mailbox(from);
    TaxId handler = source.filter(m -> !m.handlers().isEmpty() && d.chance(90))
        .map(m -> d.pick(Drawing.sorted(m.handlers()))).orElseGet(d::person);
    MailboxId to = d.mailbox(m -> activeKep(m) && !m.id().equals(from) && m.kep().equals(source.flatMap(Mailbox::kep)));
    return new MoveHandler(Actors.employee(d, d.administratorOr(from)), d.now(), from, to, handler);
  }

  static Command remove(Drawing d) {
    MailboxId mailbox = d.mailbox(m -> !m.handlers().isEmpty());
    TaxId handler = d.directory().mailbox(mailbox).filter(m -> !m.handlers().isEmpty() && d.chance(85))
        .map(m -> d.pick(Drawing.sorted(m.handlers()))).orElseGet(d::person);
    return new RemoveHandler(Actors.employee(d, d.administratorOr(mailbox)), d.now(), mailbox, handler);
  }

  static Command designate(Drawing d) {
    MailboxId mailbox = d.mailbox(m -> activeKep(m) && handoverDue(d, m));
    TaxId incoming = d.supervisorOf(mailbox).filter(x -> d.chance(80)).orElseGet(d::person);
    return new DesignateAdministrator(Actors.employee(d, d.administratorOr(mailbox)), d.now(), mailbox, incoming);
  }

  static Command approve(Drawing d) {
    MailboxId mailbox = d.mailbox(m -> m.pendingDesignation().isPresent());
    TaxId incoming = d.directory().mailbox(mailbox).flatMap(Mailbox::pendingDesignation)
        .filter(p -> d.chance(90)).map(PendingDesignation::incoming).orElseGet(d::person);
    return new ApproveDesignation(Actors.ministry(d), d.now(), mailbox, incoming);
  }

  static Command deactivate(Drawing d) {
    MailboxId mailbox = d.mailbox(m -> activeKep(m) && outgoingDue(d, m));
    TaxId actor = d.supervisorOf(mailbox).filter(x -> d.chance(85)).orElseGet(d::person);
    TaxId outgoing = d.directory().mailbox(mailbox)
        .map(m -> Drawing.sorted(m.administrators()).stream().filter(a -> !a.equals(actor)).collect(Collectors.toList()))
        .filter(others -> !others.isEmpty() && d.chance(85)).map(d::pick)
        .orElseGet(() -> d.administratorOr(mailbox));
    return new DeactivateAdministrator(Actors.employee(d, actor), d.now(), mailbox, outgoing);
  }

  static Command recover(Drawing d) {
    MailboxId mailbox = d.mailbox(m -> activeKep(m) && recoveryDue(d, m));
    TaxId administrator = d.supervisorOf(mailbox).filter(x -> d.chance(85)).orElseGet(d::person);
    String reason = d.chance(85) ? "Ο μόνος διαχειριστής απώλεσε την ιδιότητα (D6)· νέος προϊστάμενος." : "n/a";
    return new RecoverAdministrator(Actors.ministry(d), d.now(), mailbox, administrator, reason);
  }
}
