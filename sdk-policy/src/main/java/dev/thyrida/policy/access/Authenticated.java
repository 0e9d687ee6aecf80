package dev.thyrida.policy.access;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.principal.Principal;
import java.util.List;

/** L26-3: no action of any kind without an authenticated principal (προηγούμενη αυθεντικοποίηση). */
final class Authenticated implements AccessCheck {

  @Override
  public List<Violation> check(Question question, Directory directory, AccessRules rules) {
    return question.principal() instanceof Principal.Unauthenticated
        ? List.of(Violation.of(AccessCode.NOT_AUTHENTICATED, "action", question.action().name()))
        : List.of();
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(AccessCode.NOT_AUTHENTICATED);
  }
}
