package dev.thyrida.policy.access;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.Principal;
import java.util.List;

/**
 * L26-3, C4: the action is for this kind of principal (a citizen's, an employee's, the Ministry's or
 * the host system's); the Ministry takes no step in a mailbox's users (C4, χωρίς τη διαμεσολάβηση
 * του Υπουργείου).
 */
final class PrincipalPermitted implements AccessCheck {

  @Override
  public List<Violation> check(Question question, Directory directory, AccessRules rules) {
    Principal principal = question.principal();
    if (principal instanceof Principal.Unauthenticated || AccessCheck.permitted(question)) {
      return List.of();
    }
    if (principal instanceof Principal.MinistryOfficial && question.action() == Action.MANAGE_HANDLERS) {
      return List.of(Violation.of(AccessCode.MINISTRY_NOT_INVOLVED, "person", principal.taxId().orElseThrow().value()));
    }
    return List.of(Violation.of(AccessCode.PRINCIPAL_NOT_PERMITTED,
        "principal", Actor.of(principal).kind().name(), "action", question.action().name()));
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(AccessCode.PRINCIPAL_NOT_PERMITTED, AccessCode.MINISTRY_NOT_INVOLVED);
  }
}
