package dev.thyrida.policy.access;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import java.util.List;

/**
 * K8, X5: in production an employee uses the mailboxes' application only with an authorisation
 * (εξουσιοδότηση) from their agency for it, held on their service account. Authorisations are granted
 * only by an administrator of the holder's own agency, and withdrawn at once when the status is lost
 * (D6), so the one held is their own agency's and current.
 */
final class Authorised implements AccessCheck {

  @Override
  public List<Violation> check(Question question, Directory directory, AccessRules rules) {
    if (!rules.inProduction() || !question.action().needsAuthorisation() || !AccessCheck.permitted(question)
        || !(question.principal() instanceof Principal.Employee)) {
      return List.of();
    }
    TaxId person = question.principal().taxId().orElseThrow();
    boolean held = directory.account(person).flatMap(account -> account.authorisation(rules.application())).isPresent();
    return held ? List.of()
        : List.of(Violation.of(AccessCode.NO_AUTHORISATION, "person", person.value(),
            "application", rules.application().value()));
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(AccessCode.NO_AUTHORISATION);
  }
}
