package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.function.Function;

/** X5, C3: the person a command names is a registered employee (or, when registering one, is not yet). */
final class PersonRegistered<C extends Command> implements Rule<C> {

  private final Function<C, TaxId> person;

  private final boolean wanted;

  /**
   * A rule on the person's registration.
   *
   * @param person the person the command names
   * @param wanted true when they must be registered, false when they must not be yet
   */
  /**
   * The person must be a registered employee (X5).
   *
   * @param <C> the kind of command
   * @param person what the command names
   * @return the rule, named {@code PersonRegistered}
   */
  static <C extends Command> PersonRegistered<C> registered(Function<C, TaxId> person) {
    return new PersonRegistered<>(person, true);
  }

  /**
   * The person must not be registered yet (C3).
   *
   * @param <C> the kind of command
   * @param person what the command names
   * @return the rule, named {@code PersonNotYetRegistered}
   */
  static <C extends Command> PersonRegistered<C> notYetRegistered(Function<C, TaxId> person) {
    return new PersonRegistered<>(person, false);
  }

  private PersonRegistered(Function<C, TaxId> person, boolean wanted) {
    this.person = person;
    this.wanted = wanted;
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    TaxId id = person.apply(command);
    return Found.when(directory.employee(id).isPresent() != wanted,
        wanted ? AccessCode.EMPLOYEE_NOT_REGISTERED : GovernanceCode.EMPLOYEE_ALREADY_REGISTERED, "person", id.value());
  }

  @Override
  public String name() {
    return wanted ? "PersonRegistered" : "PersonNotYetRegistered";
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(wanted ? AccessCode.EMPLOYEE_NOT_REGISTERED : GovernanceCode.EMPLOYEE_ALREADY_REGISTERED);
  }
}
