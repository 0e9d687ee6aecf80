package dev.thyrida.policy.access;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import java.util.List;

/**
 * What a citizen may do: open their own mailbox and submit requests to an active KEP mailbox (L26-1,
 * L26-3, C1); nothing else.
 */
final class CitizenAccess {

  private CitizenAccess() {}

  static void check(Principal.Citizen citizen, Action action, Place place, List<Violation> violations) {
    if (citizen.authentication() == Authentication.SERVICE_CREDENTIALS) {
      violations.add(Violation.of(AccessCode.SERVICE_CREDENTIALS_FOR_CITIZEN));
    }
    if (action == Action.OPEN_MAILBOX) {
      if (!place.personalHolder().equals(citizen.taxId())) {
        violations.add(Violation.of(AccessCode.NOT_OWN_MAILBOX, "target", place.label()));
      }
    } else if (action == Action.SUBMIT_REQUEST) {
      KepMailboxes.requireActive(place, violations);
    } else {
      violations.add(Violation.of(AccessCode.PRINCIPAL_NOT_PERMITTED,
          "principal", "CITIZEN", "action", action.name()));
    }
  }
}
