package dev.thyrida.policy.access;

import dev.thyrida.core.account.AccountState;
import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * K1, K3, C6: an employee who signed in with service credentials (Κωδικοί Δημόσιας Διοίκησης) signed
 * in as their own service account, which exists and is not suspended. The host verified the password;
 * this checks that the username it verified is the employee's own.
 */
final class OwnServiceAccount implements AccessCheck {

  @Override
  public List<Violation> check(Question question, Directory directory, AccessRules rules) {
    if (!AccessCheck.permitted(question) || question.action().needsPersonalTaxisNet()
        || !(question.principal() instanceof Principal.Employee)) {
      return List.of();
    }
    Principal.Employee employee = (Principal.Employee) question.principal();
    if (employee.authentication() != Authentication.SERVICE_CREDENTIALS) {
      return List.of();
    }
    String person = employee.identity().taxId().value();
    Optional<ServiceAccount> account = directory.account(employee.identity().taxId());
    if (account.isEmpty()) {
      return List.of(Violation.of(AccessCode.NO_SERVICE_ACCOUNT, "person", person));
    }
    boolean own = employee.serviceUsername()
        .filter(used -> used.folded().equals(account.get().username().folded())).isPresent();
    boolean suspended = account.get().state() == AccountState.SUSPENDED;
    if (own && !suspended) {
      return List.of();
    }
    List<Violation> found = new ArrayList<>(2);
    if (!own) {
      found.add(Violation.of(AccessCode.SERVICE_USERNAME_MISMATCH, "person", person));
    }
    if (suspended) {
      found.add(Violation.of(AccessCode.SERVICE_ACCOUNT_SUSPENDED, "person", person));
    }
    return found;
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(AccessCode.NO_SERVICE_ACCOUNT, AccessCode.SERVICE_ACCOUNT_SUSPENDED, AccessCode.SERVICE_USERNAME_MISMATCH);
  }
}
