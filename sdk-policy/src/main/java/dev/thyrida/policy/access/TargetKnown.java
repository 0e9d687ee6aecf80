package dev.thyrida.policy.access;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.principal.Principal;
import java.util.ArrayList;
import java.util.List;

/** L26-1, X2, X5: every target the question names exists: the mailbox, request, document or employee. */
final class TargetKnown implements AccessCheck {

  @Override
  public List<Violation> check(Question question, Directory directory, AccessRules rules) {
    if (question.principal() instanceof Principal.Unauthenticated) {
      return List.of();
    }
    List<Violation> found = List.of();
    for (Target target : question.targets()) {
      if (Place.resolve(target, directory, null).isEmpty()) {
        // unknown: resolved again to report it, so that a known target allocates no list
        found = found.isEmpty() ? new ArrayList<>(1) : found;
        Place.resolve(target, directory, found);
      }
    }
    return found;
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(AccessCode.MAILBOX_NOT_FOUND, AccessCode.REQUEST_NOT_FOUND, AccessCode.DOCUMENT_NOT_FOUND, AccessCode.EMPLOYEE_NOT_REGISTERED);
  }
}
