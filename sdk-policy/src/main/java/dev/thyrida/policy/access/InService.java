package dev.thyrida.policy.access;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.Employee;
import java.util.List;
import java.util.Optional;

/**
 * X5, C6: an acting employee is registered, so an agency vouches for them, and holds public-servant
 * status (ιδιότητα δημοσίου υπαλλήλου), whose loss ends every right at once.
 */
final class InService implements AccessCheck {

  @Override
  public List<Violation> check(Question question, Directory directory, AccessRules rules) {
    if (!AccessCheck.permitted(question) || !(question.principal() instanceof Principal.Employee)) {
      return List.of();
    }
    return publicServant(question.principal().taxId().orElseThrow(), directory);
  }

  /**
   * X5, C6: the person is a registered employee holding public-servant status.
   *
   * @param person the person
   * @param directory the directory
   * @return {@code EMPLOYEE_NOT_REGISTERED} or {@code STATUS_LOST}, or empty
   */
  static List<Violation> publicServant(TaxId person, Directory directory) {
    Optional<Employee> registered = directory.employee(person);
    if (registered.isEmpty()) {
      return List.of(Violation.of(AccessCode.EMPLOYEE_NOT_REGISTERED, "person", person.value()));
    }
    return registered.get().isActive()
        ? List.of()
        : List.of(Violation.of(AccessCode.STATUS_LOST, "person", person.value()));
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(AccessCode.EMPLOYEE_NOT_REGISTERED, AccessCode.STATUS_LOST);
  }
}
