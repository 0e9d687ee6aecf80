package dev.thyrida.policy.access;

import dev.thyrida.core.account.AccountState;
import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.policy.governance.GovernanceCode;
import dev.thyrida.policy.governance.NoPersonalTaxisNetInProduction;
import java.util.List;
import java.util.Optional;

/**
 * An employee's standing to act at all, whatever the action: registered and a public servant (X5,
 * C6); signed in as the phase allows (C8, C9) with their own, active service account when by service
 * credentials (K1, K3); and in production authorised by their agency for the application (K8, X5).
 */
final class Standing {

  private Standing() {}

  static void check(Principal.Employee employee, Directory directory, AccessRules rules, List<Violation> violations) {
    TaxId person = employee.identity().taxId();
    violations.addAll(publicServant(person, directory));
    Optional<ServiceAccount> account = directory.account(person);
    if (employee.authentication() == Authentication.SERVICE_CREDENTIALS) {
      serviceAccount(employee, account, violations);
    }
    violations.addAll(NoPersonalTaxisNetInProduction.violations(employee, rules.phase()));
    if (rules.inProduction() && account.flatMap(found -> found.authorisation(rules.application())).isEmpty()) {
      violations.add(Violation.of(AccessCode.NO_AUTHORISATION,
          "employee", person.value(), "application", rules.application().value()));
    }
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
      return List.of(Violation.of(AccessCode.EMPLOYEE_NOT_REGISTERED, "employee", person.value()));
    }
    return registered.get().isActive()
        ? List.of()
        : List.of(Violation.of(GovernanceCode.STATUS_LOST, "person", person.value()));
  }

  private static void serviceAccount(
      Principal.Employee employee, Optional<ServiceAccount> account, List<Violation> violations) {
    String person = employee.identity().taxId().value();
    if (account.isEmpty()) {
      violations.add(Violation.of(AccessCode.NO_SERVICE_ACCOUNT, "employee", person));
      return;
    }
    boolean own = employee.serviceUsername()
        .filter(used -> used.folded().equals(account.get().username().folded())).isPresent();
    if (!own) {
      violations.add(Violation.of(AccessCode.SERVICE_USERNAME_MISMATCH, "employee", person));
    }
    if (account.get().state() == AccountState.SUSPENDED) {
      violations.add(Violation.of(AccessCode.SERVICE_ACCOUNT_SUSPENDED, "employee", person));
    }
  }
}
