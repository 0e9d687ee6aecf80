package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.function.Function;

/** C3: the person a command names is a registered employee (or, when registering one, is not yet). */
final class PersonRegistered<C extends Command> implements Rule<C> {

  private final Function<C, TaxId> person;

  private final boolean wanted;

  PersonRegistered(Function<C, TaxId> person) {
    this(person, true);
  }

  /**
   * A rule on the person's registration.
   *
   * @param person the person the command names
   * @param wanted true when they must be registered, false when they must not be yet
   */
  PersonRegistered(Function<C, TaxId> person, boolean wanted) {
    this.person = person;
    this.wanted = wanted;
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    TaxId id = person.apply(command);
    return Found.when(directory.employee(id).isPresent() != wanted,
        wanted ? GovernanceCode.EMPLOYEE_NOT_FOUND : GovernanceCode.EMPLOYEE_ALREADY_REGISTERED, "person", id.value());
  }

  @Override
  public String name() {
    return wanted ? "PersonRegistered" : "PersonNotYetRegistered";
  }
}
