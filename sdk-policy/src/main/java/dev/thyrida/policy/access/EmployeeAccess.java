package dev.thyrida.policy.access;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.Employee;
import java.util.List;
import java.util.Optional;

/**
 * What an employee may do to a mailbox: work a KEP mailbox's requests only as its handler; manage its
 * handlers and assign its requests as its administrator, who works requests only if also a handler
 * (X2); open their own agency's mailbox (X1 §3); never a citizen's mailbox (L26-3).
 */
final class EmployeeAccess {

  private EmployeeAccess() {}

  static void check(Principal.Employee employee, Action action, Place place, Directory directory,
      List<Violation> violations) {
    TaxId person = employee.identity().taxId();
    switch (action) {
      case OPEN_MAILBOX:
        open(person, place, directory, violations);
        break;
      case WORK_REQUESTS:
        KepMailboxes.requireActive(place, violations).ifPresent(kep -> requireHandler(person, kep, violations));
        break;
      case MANAGE_HANDLERS:
        KepMailboxes.require(place, violations).ifPresent(kep -> requireAdministrator(person, kep, violations));
        break;
      case ASSIGN_REQUESTS:
        KepMailboxes.requireActive(place, violations)
            .ifPresent(kep -> requireAdministrator(person, kep, violations));
        break;
      default:
        violations.add(Violation.of(AccessCode.PRINCIPAL_NOT_PERMITTED,
            "principal", "EMPLOYEE", "action", action.name()));
    }
  }

  private static void open(TaxId person, Place place, Directory directory, List<Violation> violations) {
    Optional<MailboxOwner> owner = place.mailbox().map(Mailbox::owner);
    if (place.kepMailbox().isPresent()) {
      requireHandler(person, place.kepMailbox().get(), violations);
    } else if (owner.isPresent() && owner.get() instanceof MailboxOwner.OfAgency) {
      boolean member = directory.employee(person).map(Employee::agency)
          .filter(((MailboxOwner.OfAgency) owner.get()).agency()::equals).isPresent();
      if (!member) {
        violations.add(Violation.of(AccessCode.NOT_OF_THE_AGENCY, "target", place.label()));
      }
    } else {
      violations.add(Violation.of(AccessCode.NOT_OWN_MAILBOX, "target", place.label()));
    }
  }

  private static void requireHandler(TaxId person, Mailbox kep, List<Violation> violations) {
    if (!kep.handlers().contains(person)) {
      violations.add(Violation.of(AccessCode.NOT_A_HANDLER, "mailbox", kep.id().value(), "employee", person.value()));
    }
  }

  private static void requireAdministrator(TaxId person, Mailbox kep, List<Violation> violations) {
    if (!kep.administrators().contains(person)) {
      violations.add(Violation.of(AccessCode.NOT_AN_ADMINISTRATOR,
          "mailbox", kep.id().value(), "employee", person.value()));
    }
  }
}
