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
    List<Violation> found = new ArrayList<>(0);
    for (Target target : question.targets()) {
      Place.resolve(target, directory, null).ifPresent(place -> judge(question, place, directory, found));
    }
    return found;
  }

  private static void judge(Question question, Place place, Directory directory, List<Violation> found) {
    Principal principal = question.principal();
    TaxId person = principal.taxId().orElse(null);
    switch (question.action()) {
      case OPEN_MAILBOX:
        open(principal, place, directory, found);
        break;
      case SUBMIT_REQUEST:
      case OVERSEE_ADMINISTRATORS:
        activeKep(place, found);
        break;
      case ACTIVATE_MAILBOX:
        kep(place, found);
        break;
      case WORK_REQUESTS:
        activeKep(place, found).ifPresent(kep -> handler(person, kep, found));
        break;
      case ASSIGN_REQUESTS:
      case MANAGE_HANDLERS:
      case HAND_OVER:
        activeKep(place, found).ifPresent(kep -> administrator(person, kep, found));
        break;
      case ADMINISTER_AUTHORISATIONS:
        agencyAdministrator(person, place, directory, found);
        break;
      default:
        // RECORD_FACTS, MANAGE_OWN_ACCOUNT and ISSUE_OWN_DOCUMENT act on no target: naming one is refused.
        found.add(Violation.of(AccessCode.TARGET_NOT_FOR_ACTION, "target", place.label(),
            "action", question.action().name()));
    }
  }

  private static void open(Principal principal, Place place, Directory directory, List<Violation> found) {
    TaxId person = principal.taxId().orElseThrow();
    if (principal instanceof Principal.Employee && place.kepMailbox().isPresent()) {
      handler(person, place.kepMailbox().get(), found);
    } else if (principal instanceof Principal.Employee && place.agency().isPresent() && !place.isEmployee()) {
      boolean member = directory.employee(person).map(Employee::agency).filter(place.agency().get()::equals).isPresent();
      if (!member) {
        found.add(Violation.of(AccessCode.NOT_OF_THE_AGENCY, "person", person.value(),
            "agency", place.agency().get().value()));
      }
    } else if (!(principal instanceof Principal.Citizen) || !place.personalHolder().equals(Optional.of(person))) {
      found.add(Violation.of(AccessCode.NOT_OWN_MAILBOX, "target", place.label()));
    }
  }

  private static Optional<Mailbox> kep(Place place, List<Violation> found) {
    Optional<Mailbox> kep = place.kepMailbox();
    if (kep.isEmpty()) {
      found.add(Violation.of(AccessCode.NOT_A_KEP_MAILBOX, "target", place.label()));
    }
    return kep;
  }

  private static Optional<Mailbox> activeKep(Place place, List<Violation> found) {
    Optional<Mailbox> kep = kep(place, found);
    kep.filter(mailbox -> !mailbox.isActive()).ifPresent(mailbox ->
        found.add(Violation.of(AccessCode.MAILBOX_NOT_ACTIVE, "mailbox", mailbox.id().value())));
    return kep;
  }

  private static void handler(TaxId person, Mailbox kep, List<Violation> found) {
    if (!kep.handlers().contains(person)) {
      found.add(Violation.of(AccessCode.NOT_A_HANDLER, "person", person.value(), "mailbox", kep.id().value()));
    }
  }

  private static void administrator(TaxId person, Mailbox kep, List<Violation> found) {
    if (!kep.administrators().contains(person)) {
      found.add(Violation.of(AccessCode.NOT_AN_ADMINISTRATOR, "person", person.value(), "mailbox", kep.id().value()));
    }
  }

  private static void agencyAdministrator(TaxId person, Place place, Directory directory, List<Violation> found) {
    if (!place.isEmployee()) {
      found.add(Violation.of(AccessCode.NOT_AN_EMPLOYEE_TARGET, "target", place.label()));
      return;
    }
    boolean administers = directory.agency(place.agency().get())
        .filter(agency -> agency.administrators().contains(person)).isPresent();
    if (!administers) {
      found.add(Violation.of(AccessCode.NOT_AGENCY_ADMINISTRATOR, "person", person.value(),
          "agency", place.agency().get().value()));
    }
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(AccessCode.NOT_AN_ADMINISTRATOR, AccessCode.NOT_A_HANDLER, AccessCode.NOT_OWN_MAILBOX, AccessCode.NOT_A_KEP_MAILBOX, AccessCode.MAILBOX_NOT_ACTIVE, AccessCode.NOT_AGENCY_ADMINISTRATOR, AccessCode.NOT_OF_THE_AGENCY, AccessCode.NOT_AN_EMPLOYEE_TARGET, AccessCode.TARGET_NOT_FOR_ACTION);
  }
}
