package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Phase;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/** C9: in production an employee works the mailbox with service credentials, not personal TAXISnet ones (C8). */
final class NoPersonalTaxisNetInProduction implements Rule<Command> {

  @Override
  public List<Violation> check(Command command, Directory directory, GovernanceRules rules) {
    if (!(command.actor() instanceof Principal.Employee)) {
      return List.of();
    }
    Principal.Employee employee = (Principal.Employee) command.actor();
    return Found.when(rules.phase() == Phase.PRODUCTION
            && employee.authentication() == Authentication.TAXISNET_PERSONAL,
        GovernanceCode.TAXISNET_LOGIN_IN_PRODUCTION, "person", employee.identity().taxId().value());
  }
}
