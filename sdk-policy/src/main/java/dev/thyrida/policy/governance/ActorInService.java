package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;

/** C6: an employee who has lost public-servant status holds no right, so may take no mailbox action. */
final class ActorInService implements Rule<Command> {

  @Override
  public List<Violation> check(Command command, Directory directory, GovernanceRules rules) {
    if (!(command.actor() instanceof Principal.Employee)) {
      return List.of();
    }
    return command.actor().taxId()
        .flatMap(directory::employee)
        .filter(employee -> !employee.isActive())
        .map(Employee::taxId)
        .map(person -> Found.when(true, GovernanceCode.ACTOR_STATUS_LOST, "person", person.value()))
        .orElse(List.of());
  }
}
