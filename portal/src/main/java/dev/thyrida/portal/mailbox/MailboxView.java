package dev.thyrida.portal.mailbox;

import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Kep;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.policy.governance.Eligibility;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One KEP mailbox as its administration page shows it (θυρίδα ΚΕΠ): its state, administrators,
 * handlers, the staff the SDK deems eligible to add (C3), the mailboxes a handler may move to (C5),
 * and the handover step open to the person looking (C7).
 *
 * @param mailbox the mailbox
 * @param kep its KEP
 * @param administrators its administrators
 * @param handlers its handlers
 * @param eligible staff eligible at the KEP now who are not yet handlers (C3)
 * @param moveTargets other mailboxes the viewer administers (C5)
 * @param supervisor the KEP's current supervisor, if any
 * @param viewerAdministers whether the viewer administers it
 * @param viewerSupervises whether the viewer is the KEP's current supervisor
 */
public record MailboxView(Mailbox mailbox, Kep kep, List<Employee> administrators, List<Employee> handlers,
    List<Employee> eligible, List<Mailbox> moveTargets, Optional<Employee> supervisor, boolean viewerAdministers,
    boolean viewerSupervises) {

  static MailboxView of(Mailbox mailbox, Kep kep, Directory directory, TaxId viewer, Instant now) {
    List<Employee> handlers = people(directory, mailbox.handlers().stream().sorted(Comparator.comparing(TaxId::value)).toList());
    List<Employee> eligible = directory.employees().stream()
        .filter(each -> !mailbox.handlers().contains(each.taxId()))
        .filter(each -> Eligibility.isEligible(each.taxId(), kep.code(), now, directory))
        .sorted((a, b) -> a.name().toString().compareTo(b.name().toString())).toList();
    List<Mailbox> targets = directory.mailboxesAdministeredBy(viewer).stream().sorted(Comparator.comparing(MailboxId::value))
        .filter(id -> !id.equals(mailbox.id())).map(id -> directory.mailbox(id).orElseThrow()).toList();
    Optional<TaxId> supervisor = kep.supervisor().map(tenure -> tenure.supervisor());
    return new MailboxView(mailbox, kep, people(directory, mailbox.administrators().stream().sorted(Comparator.comparing(TaxId::value)).toList()),
        handlers, eligible, targets, supervisor.flatMap(directory::employee),
        mailbox.administrators().contains(viewer), supervisor.filter(viewer::equals).isPresent());
  }

  private static List<Employee> people(Directory directory, List<TaxId> ids) {
    return ids.stream().map(directory::employee).flatMap(Optional::stream).toList();
  }

  /**
   * Whether the viewer may start the handover to the current supervisor (C7, step 1).
   *
   * @return true when the viewer administers the mailbox and the KEP has another supervisor
   */
  public boolean canDesignate() {
    return viewerAdministers && !viewerSupervises && supervisor.isPresent()
        && !mailbox.administrators().contains(supervisor.get().taxId());
  }

  /**
   * The outgoing administrators the viewer, the new supervisor, may deactivate (C7, step 2).
   *
   * @return the outgoing administrators
   */
  public List<Employee> outgoing() {
    return viewerAdministers && viewerSupervises
        ? administrators.stream().filter(each -> !supervisor.map(Employee::taxId).orElseThrow().equals(each.taxId())).toList()
        : List.of();
  }
}
