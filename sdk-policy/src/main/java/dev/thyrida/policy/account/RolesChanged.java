package dev.thyrida.policy.account;

import dev.thyrida.core.command.ChangeAuthorisation;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/** X5: a change of an authorisation changes its roles; the same roles again are refused. */
final class RolesChanged implements Rule<ChangeAuthorisation> {

  @Override
  public List<Violation> check(ChangeAuthorisation command, Directory directory, GovernanceRules rules) {
    return directory.account(command.holder())
        .flatMap(account -> account.authorisation(command.application()))
        .filter(current -> current.roles().equals(command.roles()))
        .map(current -> List.of(Violation.of(AccountCode.ROLES_UNCHANGED,
            "person", command.holder().value(), "application", command.application().value())))
        .orElse(List.of());
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(AccountCode.ROLES_UNCHANGED);
  }
}
