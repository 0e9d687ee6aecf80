package dev.thyrida.policy.access;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.Employee;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * X2, X1 §3, K8, L26-1, C1: the principal holds the role the action needs on each target. A handler
 * (χειριστής) works an active KEP mailbox's requests; an administrator (διαχειριστής) manages its
 * users, hands it over and assigns its requests; a KEP mailbox is activated once it exists as one;
 * the Ministry oversees an active KEP mailbox's administrators; a citizen opens only their own
 * mailbox and submits to an active KEP mailbox; an employee opens their agency's mailbox; an agency
 * administrator authorises only their agency's employees. An action that acts on no target (an HR
 * fact, one's own account or document) allows none.
 */
final class RoleOnPlace implements AccessCheck {

  @Override
  public List<Violation> check(Question question, Directory directory, AccessRules rules) {
    if (!AccessCheck.permitted(question)) {
      return List.of();
    }
    List<Violation> found = List.of();
    for (Target target : question.targets()) {
      Optional<Place> place = Place.resolve(target, directory, null);
      if (place.isPresent()) {
        found = judge(question, place.get(), directory, found);
      }
    }
    return found;
  }

  /** The found violations, with this place's; each helper returns the list, made on the first one. */
  private static List<Violation> judge(Question question, Place place, Directory directory, List<Violation> found) {
    Principal principal = question.principal();
    TaxId person = principal.taxId().orElse(null);
    switch (question.action()) {
      case OPEN_MAILBOX:
        return open(principal, place, directory, found);
      case SUBMIT_REQUEST:
      case OVERSEE_ADMINISTRATORS:
        return activeKep(place, found);
      case ACTIVATE_MAILBOX:
        return kep(place, found);
      case WORK_REQUESTS:
        found = activeKep(place, found);
        return place.kepMailbox().isPresent() ? handler(person, place.kepMailbox().get(), found) : found;
      case ASSIGN_REQUESTS:
      case MANAGE_HANDLERS:
      case HAND_OVER:
        found = activeKep(place, found);
        return place.kepMailbox().isPresent() ? administrator(person, place.kepMailbox().get(), found) : found;
      case ADMINISTER_AUTHORISATIONS:
        return agencyAdministrator(person, place, directory, found);
      default:
        // RECORD_FACTS, MANAGE_OWN_ACCOUNT and ISSUE_OWN_DOCUMENT act on no target: naming one is refused.
        return add(found, Violation.of(AccessCode.TARGET_NOT_FOR_ACTION, "target", place.label(),
            "action", question.action().name()));
    }
  }

  private static List<Violation> add(List<Violation> found, Violation violation) {
    List<Violation> list = found.isEmpty() ? new ArrayList<>(2) : found;
    list.add(violation);
    return list;
  }

  private static List<Violation> open(Principal principal, Place place, Directory directory, List<Violation> found) {
    TaxId person = principal.taxId().orElseThrow();
    if (principal instanceof Principal.Employee && place.kepMailbox().isPresent()) {
      return handler(person, place.kepMailbox().get(), found);
    }
    if (principal instanceof Principal.Employee && place.agency().isPresent() && !place.isEmployee()) {
      Optional<Employee> employee = directory.employee(person);
      boolean member = employee.isPresent() && employee.get().agency().equals(place.agency().get());
      return member ? found : add(found, Violation.of(AccessCode.NOT_OF_THE_AGENCY, "person", person.value(),
          "agency", place.agency().get().value()));
    }
    if (!(principal instanceof Principal.Citizen) || !place.personalHolder().equals(Optional.of(person))) {
      return add(found, Violation.of(AccessCode.NOT_OWN_MAILBOX, "target", place.label()));
    }
    return found;
  }

  private static List<Violation> kep(Place place, List<Violation> found) {
    return place.kepMailbox().isPresent() ? found
        : add(found, Violation.of(AccessCode.NOT_A_KEP_MAILBOX, "target", place.label()));
  }

  private static List<Violation> activeKep(Place place, List<Violation> found) {
    Optional<Mailbox> kep = place.kepMailbox();
    if (kep.isEmpty()) {
      return kep(place, found);
    }
    return kep.get().isActive() ? found
        : add(found, Violation.of(AccessCode.MAILBOX_NOT_ACTIVE, "mailbox", kep.get().id().value()));
  }

  private static List<Violation> handler(TaxId person, Mailbox kep, List<Violation> found) {
    return kep.handlers().contains(person) ? found
        : add(found, Violation.of(AccessCode.NOT_A_HANDLER, "person", person.value(), "mailbox", kep.id().value()));
  }

  private static List<Violation> administrator(TaxId person, Mailbox kep, List<Violation> found) {
    return kep.administrators().contains(person) ? found : add(found,
        Violation.of(AccessCode.NOT_AN_ADMINISTRATOR, "person", person.value(), "mailbox", kep.id().value()));
  }

  private static List<Violation> agencyAdministrator(TaxId person, Place place, Directory directory,
      List<Violation> found) {
    if (!place.isEmployee()) {
      return add(found, Violation.of(AccessCode.NOT_AN_EMPLOYEE_TARGET, "target", place.label()));
    }
    boolean administers = directory.agency(place.agency().get())
        .filter(agency -> agency.administrators().contains(person)).isPresent();
    return administers ? found : add(found, Violation.of(AccessCode.NOT_AGENCY_ADMINISTRATOR,
        "person", person.value(), "agency", place.agency().get().value()));
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(AccessCode.NOT_AN_ADMINISTRATOR, AccessCode.NOT_A_HANDLER, AccessCode.NOT_OWN_MAILBOX, AccessCode.NOT_A_KEP_MAILBOX, AccessCode.MAILBOX_NOT_ACTIVE, AccessCode.NOT_AGENCY_ADMINISTRATOR, AccessCode.NOT_OF_THE_AGENCY, AccessCode.NOT_AN_EMPLOYEE_TARGET, AccessCode.TARGET_NOT_FOR_ACTION);
  }
}
