package dev.thyrida.policy.governance;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.function.Function;

/** C6: the person a command gives a role or a posting to has not lost public-servant status. */
final class PersonInService<C extends Command> implements Rule<C> {

  private final Function<C, TaxId> person;
  private final ViolationCode code;
  private final String name;

  private PersonInService(Function<C, TaxId> person, ViolationCode code, String name) {
    this.person = person;
    this.code = code;
    this.name = name;
  }

  /**
   * C6: the person must hold public-servant status; {@code STATUS_LOST} otherwise.
   *
   * @param <C> the kind of command
   * @param person the person the command names
   * @return the rule, named {@code PersonInService}
   */
  static <C extends Command> PersonInService<C> required(Function<C, TaxId> person) {
    return new PersonInService<>(person, AccessCode.STATUS_LOST, "PersonInService");
  }

  /**
   * C6: a loss of status is recorded once; {@code STATUS_ALREADY_LOST} when it already is.
   *
   * @param <C> the kind of command
   * @param person the person the command names
   * @return the rule, named {@code StatusNotYetLost}
   */
  static <C extends Command> PersonInService<C> notYetLost(Function<C, TaxId> person) {
    return new PersonInService<>(person, GovernanceCode.STATUS_ALREADY_LOST, "StatusNotYetLost");
  }

  @Override
  public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
    TaxId id = person.apply(command);
    boolean lost = directory.employee(id).map(Employee::isActive).filter(active -> !active).isPresent();
    return Found.when(lost, code, "person", id.value());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<ViolationCode> codes() {
    return List.of(code);
  }
}
