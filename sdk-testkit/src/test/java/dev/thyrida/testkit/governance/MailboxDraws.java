package dev.thyrida.testkit.governance;

import static dev.thyrida.testkit.governance.Draws.administratorOr;
import static dev.thyrida.testkit.governance.Draws.chance;
import static dev.thyrida.testkit.governance.Draws.decide;
import static dev.thyrida.testkit.governance.Draws.employeeActor;
import static dev.thyrida.testkit.governance.Draws.mailbox;
import static dev.thyrida.testkit.governance.Draws.ministryActor;
import static dev.thyrida.testkit.governance.Draws.person;
import static dev.thyrida.testkit.governance.Draws.pick;
import static dev.thyrida.testkit.governance.Draws.supervisorOf;

import dev.thyrida.core.command.ActivateMailbox;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.ApproveDesignation;
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
import dev.thyrida.testkit.property.Action;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** Drawing the mailbox commands (C1–C7, D7, X3) from the current state. */
final class MailboxDraws {

  private MailboxDraws() {}

  private static boolean activeKep(Mailbox m) {
    return m.kind() == MailboxKind.KEP_REQUESTS && m.isActive();
  }

  static Action<Journal> activate(Journal s, SplittableRandom r) {
    MailboxId mailbox = mailbox(s, m -> m.kind() == MailboxKind.KEP_REQUESTS && !m.isActive(), r);
    TaxId right = supervisorOf(s, mailbox).filter(x -> chance(r, 90)).orElseGet(() -> person(s, r));
    return decide(new ActivateMailbox(employeeActor(right, s, r), s.now(), mailbox));
  }

  static Action<Journal> add(Journal s, SplittableRandom r) {
    MailboxId mailbox = mailbox(s, MailboxDraws::activeKep, r);
    List<TaxId> posted = s.directory().mailbox(mailbox).flatMap(Mailbox::kep)
        .map(kep -> s.directory().postingsAt(kep).stream().map(Posting::employee).distinct()
            .sorted(Comparator.comparing(TaxId::value)).collect(Collectors.toList()))
        .orElse(List.of());
    TaxId handler = posted.isEmpty() || chance(r, 25) ? person(s, r) : pick(posted, r);
    return decide(new AddHandler(employeeActor(administratorOr(s, mailbox, r), s, r), s.now(), mailbox, handler));
  }

  static Action<Journal> move(Journal s, SplittableRandom r) {
    MailboxId from = mailbox(s, m -> !m.handlers().isEmpty(), r);
    Optional<Mailbox> source = s.directory().mailbox(from);
    TaxId handler = source.filter(m -> !m.handlers().isEmpty() && chance(r, 90))
        .map(m -> pick(sorted(m.handlers()), r)).orElseGet(() -> person(s, r));
    MailboxId to = mailbox(s, m -> activeKep(m) && !m.id().equals(from)
        && m.kep().equals(source.flatMap(Mailbox::kep)), r);
    return decide(new MoveHandler(employeeActor(administratorOr(s, from, r), s, r), s.now(), from, to, handler));
  }

  static Action<Journal> remove(Journal s, SplittableRandom r) {
    MailboxId mailbox = mailbox(s, m -> !m.handlers().isEmpty(), r);
    TaxId handler = s.directory().mailbox(mailbox).filter(m -> !m.handlers().isEmpty() && chance(r, 85))
        .map(m -> pick(sorted(m.handlers()), r)).orElseGet(() -> person(s, r));
    return decide(new RemoveHandler(employeeActor(administratorOr(s, mailbox, r), s, r), s.now(), mailbox, handler));
  }

  static Action<Journal> designate(Journal s, SplittableRandom r) {
    MailboxId mailbox = mailbox(s, m -> activeKep(m) && !m.administrators().isEmpty()
        && supervisorOf(s, m.id()).filter(sup -> !m.administrators().contains(sup)).isPresent(), r);
    TaxId incoming = supervisorOf(s, mailbox).filter(x -> chance(r, 80)).orElseGet(() -> person(s, r));
    return decide(new DesignateAdministrator(employeeActor(administratorOr(s, mailbox, r), s, r), s.now(), mailbox,
        incoming));
  }

  static Action<Journal> approve(Journal s, SplittableRandom r) {
    MailboxId mailbox = mailbox(s, m -> m.pendingDesignation().isPresent(), r);
    TaxId incoming = s.directory().mailbox(mailbox).flatMap(Mailbox::pendingDesignation)
        .filter(p -> chance(r, 90)).map(PendingDesignation::incoming).orElseGet(() -> person(s, r));
    return decide(new ApproveDesignation(ministryActor(s, r), s.now(), mailbox, incoming));
  }

  static Action<Journal> deactivate(Journal s, SplittableRandom r) {
    MailboxId mailbox = mailbox(s, m -> activeKep(m) && m.administrators().size() > 1
        && supervisorOf(s, m.id()).filter(m.administrators()::contains).isPresent(), r);
    TaxId actor = supervisorOf(s, mailbox).filter(x -> chance(r, 85)).orElseGet(() -> person(s, r));
    TaxId outgoing = s.directory().mailbox(mailbox)
        .map(m -> sorted(m.administrators()).stream().filter(a -> !a.equals(actor)).collect(Collectors.toList()))
        .filter(others -> !others.isEmpty() && chance(r, 85)).map(others -> pick(others, r))
        .orElseGet(() -> administratorOr(s, mailbox, r));
    return decide(new DeactivateAdministrator(employeeActor(actor, s, r), s.now(), mailbox, outgoing));
  }

  static Action<Journal> recover(Journal s, SplittableRandom r) {
    MailboxId mailbox = mailbox(s, m -> activeKep(m) && m.administrators().isEmpty()
        && supervisorOf(s, m.id()).flatMap(s.directory()::employee).map(e -> e.isActive()).orElse(false), r);
    TaxId administrator = supervisorOf(s, mailbox).filter(x -> chance(r, 85)).orElseGet(() -> person(s, r));
    String reason = chance(r, 85) ? "Ο μόνος διαχειριστής απώλεσε την ιδιότητα (D6)· νέος προϊστάμενος." : "n/a";
    return decide(new RecoverAdministrator(ministryActor(s, r), s.now(), mailbox, administrator, reason));
  }

  static List<TaxId> sorted(java.util.Set<TaxId> people) {
    return people.stream().sorted(Comparator.comparing(TaxId::value)).collect(Collectors.toList());
  }
}
