package dev.thyrida.policy.access;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.kep.MailboxKind;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.request.CitizenRequest;
import dev.thyrida.core.staff.Employee;
import java.util.List;
import java.util.Optional;

/**
 * A target resolved against the directory (τόπος): the mailbox it stands for, if any, the person
 * whose own mailbox or document it is, if any (L26-1), and the agency it belongs to, if any (X1 §3,
 * X5). A document stands for its holder's mailbox; an employee for their agency.
 *
 * @param kind what the target is, e.g. {@code mailbox}
 * @param id its id, e.g. {@code kep-1}
 * @param mailbox the mailbox, absent for a document or an employee
 * @param personalHolder the person whose own mailbox or document this is
 * @param agency the agency whose mailbox this is, or the employee's agency
 */
record Place(String kind, String id, Optional<Mailbox> mailbox, Optional<TaxId> personalHolder, Optional<AgencyId> agency) {

  /**
   * Resolves a target, adding the violation that it is unknown.
   *
   * @param target the target
   * @param directory the directory
   * @param violations where an unknown target is reported, or null to resolve silently
   * @return the place, or empty when the target is unknown
   */
  static Optional<Place> resolve(Target target, Directory directory, List<Violation> violations) {
    if (target instanceof Target.OfMailbox) {
      String id = ((Target.OfMailbox) target).mailbox().value();
      return ofMailbox(id, directory.mailbox(((Target.OfMailbox) target).mailbox()), violations);
    }
    if (target instanceof Target.OfRequest) {
      Target.OfRequest request = (Target.OfRequest) target;
      Optional<CitizenRequest> found = directory.request(request.request());
      if (found.isEmpty()) {
        report(violations, Violation.of(AccessCode.REQUEST_NOT_FOUND, "request", request.request().value()));
        return Optional.empty();
      }
      return ofMailbox(found.get().mailbox().value(), directory.mailbox(found.get().mailbox()), violations);
    }
    if (target instanceof Target.OfEmployee) {
      TaxId person = ((Target.OfEmployee) target).person();
      Optional<Employee> employee = directory.employee(person);
      if (employee.isEmpty()) {
        report(violations, Violation.of(AccessCode.EMPLOYEE_NOT_REGISTERED, "person", person.value()));
        return Optional.empty();
      }
      return Optional.of(new Place("employee", person.value(), Optional.empty(), Optional.empty(),
          Optional.of(employee.get().agency())));
    }
    Target.OfDocument document = (Target.OfDocument) target;
    Optional<Place> place = directory.document(document.document()).map(found -> new Place(
        "document", found.id().value(), Optional.empty(), Optional.of(found.holder()), Optional.empty()));
    if (place.isEmpty()) {
      report(violations, Violation.of(AccessCode.DOCUMENT_NOT_FOUND, "document", document.document().value()));
    }
    return place;
  }

  private static Optional<Place> ofMailbox(String id, Optional<Mailbox> mailbox, List<Violation> violations) {
    if (mailbox.isEmpty()) {
      report(violations, Violation.of(AccessCode.MAILBOX_NOT_FOUND, "mailbox", id));
      return Optional.empty();
    }
    MailboxOwner owner = mailbox.get().owner();
    Optional<TaxId> holder = owner instanceof MailboxOwner.OfCitizen
        ? Optional.of(((MailboxOwner.OfCitizen) owner).citizen())
        : Optional.empty();
    Optional<AgencyId> agency = owner instanceof MailboxOwner.OfAgency
        ? Optional.of(((MailboxOwner.OfAgency) owner).agency())
        : Optional.empty();
    return Optional.of(new Place("mailbox", id, mailbox, holder, agency));
  }

  private static void report(List<Violation> violations, Violation violation) {
    if (violations != null) {
      violations.add(violation);
    }
  }

  /**
   * The KEP request mailbox this place stands for.
   *
   * @return the mailbox, or empty when the place is another kind
   */
  /**
   * The target as a violation names it, made only when one does.
   *
   * @return e.g. {@code mailbox kep-1}
   */
  String label() {
    return kind + " " + id;
  }

  Optional<Mailbox> kepMailbox() {
    return mailbox.filter(found -> found.kind() == MailboxKind.KEP_REQUESTS);
  }

  /**
   * Tells whether the place is an employee, standing for their agency.
   *
   * @return true for an employee target
   */
  boolean isEmployee() {
    return mailbox.isEmpty() && personalHolder.isEmpty() && agency.isPresent();
  }
}
