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

/**
 * C9: in production an employee works the mailbox with service credentials, not personal TAXISnet
 * ones (χρήση προσωπικών κωδικών TAXISnet μόνο στην εξοικείωση, C8). The one place this is checked:
 * the rule begins every employee's mailbox handling, and the access function applies
 * {@link #violations(Principal, Phase)} too.
 */
public final class NoPersonalTaxisNetInProduction implements Rule<Command> {

  /** Only the handlings' prefixes create the rule. */
  NoPersonalTaxisNetInProduction() {}

  /**
   * C9: the refusal of an employee signed in with personal TAXISnet in production.
   *
   * @param principal who acts
   * @param phase the phase
   * @return {@code TAXISNET_LOGIN_IN_PRODUCTION} with the {@code person}; empty for anyone else or
   *     in familiarisation
   */
  public static List<Violation> violations(Principal principal, Phase phase) {
    if (!(principal instanceof Principal.Employee)) {
      return List.of();
    }
    Principal.Employee employee = (Principal.Employee) principal;
    return Found.when(phase == Phase.PRODUCTION && employee.authentication() == Authentication.TAXISNET_PERSONAL,
        GovernanceCode.TAXISNET_LOGIN_IN_PRODUCTION, "person", employee.identity().taxId().value());
  }

  /** {@inheritDoc} */
  @Override
  public List<Violation> check(Command command, Directory directory, GovernanceRules rules) {
    return violations(command.actor(), rules.phase());
  }
}
