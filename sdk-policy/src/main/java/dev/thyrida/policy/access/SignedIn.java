package dev.thyrida.policy.access;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import java.util.List;

/**
 * C8, C9, K1, K2: the principal signed in as the phase and the action allow. An employee's own
 * service account is created and changed after a personal TAXISnet login (K2); every other employee
 * action is taken with service credentials in production (C9), and may be practised with personal
 * TAXISnet before it (C8). A citizen never signs in with service credentials (K1).
 */
final class SignedIn implements AccessCheck {

  @Override
  public List<Violation> check(Question question, Directory directory, AccessRules rules) {
    if (!AccessCheck.permitted(question)) {
      return List.of();
    }
    Principal principal = question.principal();
    if (principal instanceof Principal.Citizen) {
      return ((Principal.Citizen) principal).authentication() == Authentication.SERVICE_CREDENTIALS
          ? List.of(Violation.of(AccessCode.SERVICE_CREDENTIALS_FOR_CITIZEN, "person", person(principal)))
          : List.of();
    }
    if (!(principal instanceof Principal.Employee)) {
      return List.of();
    }
    boolean personal = ((Principal.Employee) principal).authentication() == Authentication.TAXISNET_PERSONAL;
    if (question.action().needsPersonalTaxisNet()) {
      return personal ? List.of()
          : List.of(Violation.of(AccessCode.NOT_SIGNED_IN_WITH_TAXISNET, "person", person(principal)));
    }
    return personal && rules.inProduction()
        ? List.of(Violation.of(AccessCode.TAXISNET_LOGIN_IN_PRODUCTION, "person", person(principal)))
        : List.of();
  }

  private static String person(Principal principal) {
    return principal.taxId().orElseThrow().value();
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(AccessCode.NOT_SIGNED_IN_WITH_TAXISNET, AccessCode.SERVICE_CREDENTIALS_FOR_CITIZEN, AccessCode.TAXISNET_LOGIN_IN_PRODUCTION);
  }
}
