package dev.thyrida.policy.audit;

import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Kep;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.kep.SupervisorTenure;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.core.staff.ServantStatus;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.governance.Supervision;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;

/** Findings about KEPs and their mailboxes: activation and going live (C1, C10), administrators (D7, X2), handover (C7), users (C2), approvals (X3). */
final class MailboxFindings {

  private MailboxFindings() {}

  /** Every finding about the KEP mailboxes. */
  static void mailboxes(Directory directory, Instant at, GovernanceRules rules, Consumer<Finding> out) {
    for (Mailbox mailbox : directory.mailboxes()) {
      if (mailbox.kep().isPresent()) {
        KepCode kep = mailbox.kep().get();
        Optional<SupervisorTenure> supervisor = inOffice(directory, kep, at);
        if (mailbox.isActive()) {
          active(mailbox, kep, supervisor, rules, out);
        } else {
          supervisor.ifPresent(tenure -> out.accept(Draft.of(FindingCode.MAILBOX_NOT_ACTIVATED)
              .mailbox(mailbox.id()).kep(kep).person(tenure.supervisor()).since(tenure.since()).build()));
        }
      }
    }
  }

  private static void active(Mailbox mailbox, KepCode kep, Optional<SupervisorTenure> supervisor,
      GovernanceRules rules, Consumer<Finding> out) {
    int count = mailbox.administrators().size();
    if (count == 0) {
      out.accept(Draft.of(FindingCode.MAILBOX_WITHOUT_ADMINISTRATOR).mailbox(mailbox.id()).kep(kep).build());
    }
    if (count > rules.maxAdministrators()) {
      out.accept(Draft.of(FindingCode.TOO_MANY_ADMINISTRATORS).mailbox(mailbox.id()).kep(kep)
          .with("count", Integer.toString(count)).with("maximum", Integer.toString(rules.maxAdministrators())).build());
    }
    if (count > 0 && supervisor.isPresent()) {
      handover(mailbox, kep, supervisor.get(), out);
    }
    if (mailbox.handlers().isEmpty()) {
      out.accept(Draft.of(FindingCode.MAILBOX_WITHOUT_HANDLERS).mailbox(mailbox.id()).kep(kep).build());
    }
    mailbox.pendingDesignation().ifPresent(pending -> out.accept(Draft.of(FindingCode.DESIGNATION_AWAITING_APPROVAL)
        .mailbox(mailbox.id()).kep(kep).person(pending.incoming()).since(pending.at()).build()));
  }

  /** C7: the supervisor in office is not yet administrator, or is and the outgoing one still is too. */
  private static void handover(Mailbox mailbox, KepCode kep, SupervisorTenure tenure, Consumer<Finding> out) {
    TaxId supervisor = tenure.supervisor();
    if (!mailbox.administrators().contains(supervisor)) {
      boolean awaiting = mailbox.pendingDesignation().filter(p -> p.incoming().equals(supervisor)).isPresent();
      if (!awaiting) {
        out.accept(Draft.of(FindingCode.HANDOVER_NOT_DESIGNATED).person(supervisor).mailbox(mailbox.id()).kep(kep)
            .since(tenure.since()).build());
      }
      return;
    }
    mailbox.administrators().stream().filter(other -> !other.equals(supervisor))
        .sorted(Comparator.comparing(TaxId::value)).forEach(outgoing -> out.accept(
            Draft.of(FindingCode.HANDOVER_NOT_COMPLETED).person(outgoing).mailbox(mailbox.id()).kep(kep)
                .since(tenure.since()).build()));
  }

  /** C1, C7, C10: KEPs with mailboxes and no supervisor in office, a supervisor who lost status, or no mailbox at all. */
  static void keps(Directory directory, Instant at, Consumer<Finding> out) {
    for (Kep kep : directory.keps()) {
      if (directory.mailboxesOf(kep.code()).isEmpty()) {
        inOffice(directory, kep.code(), at).ifPresent(tenure -> out.accept(Draft.of(FindingCode.KEP_WITHOUT_MAILBOX)
            .kep(kep.code()).person(tenure.supervisor()).since(tenure.since()).build()));
      }
      Optional<SupervisorTenure> tenure = Supervision.tenureAt(kep.code(), at, directory);
      if (tenure.isEmpty()) {
        if (!directory.mailboxesOf(kep.code()).isEmpty()) {
          out.accept(Draft.of(FindingCode.KEP_WITHOUT_SUPERVISOR).kep(kep.code()).build());
        }
        continue;
      }
      directory.employee(tenure.get().supervisor()).filter(supervisor -> !supervisor.inServiceAt(at))
          .map(Employee::status)
          .ifPresent(lost -> out.accept(Draft.of(FindingCode.SUPERVISOR_STATUS_LOST).person(tenure.get().supervisor())
              .kep(kep.code()).since(((ServantStatus.Lost) lost).effectiveAt()).build()));
    }
  }

  /** The supervisor in office at an instant and still in service: the one who must act (C1, C7, C10). */
  private static Optional<SupervisorTenure> inOffice(Directory directory, KepCode kep, Instant at) {
    return Supervision.tenureAt(kep, at, directory)
        .filter(tenure -> directory.employee(tenure.supervisor()).filter(found -> found.inServiceAt(at)).isPresent());
  }
}
