package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.function.Function;

/** C6: the person a command gives a role or a posting to has not lost public-servant status. */
final class PersonInService<C extends Command> implements Rule<C> {

  private final Function<C, TaxId> person;
  private final GovernanceCode code;

  /**
   * A rule on the person's status.
   *
   * @param person the person the command names
   * @param code {@code STATUS_LOST}, or {@code STATUS_ALREADY_LOST} when the command records a loss
   */
  PersonInService(Function<C, TaxId> person, GovernanceCode code) {
    this.person = person;
    this.code = code;
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    TaxId id = person.apply(command);
    boolean lost = directory.employee(id).map(Employee::isActive).filter(active -> !active).isPresent();
    return Found.when(lost, code, "person", id.value());
  }
}
