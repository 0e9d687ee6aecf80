package dev.thyrida.policy.account;

import dev.thyrida.core.account.AccountState;
import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.access.Access;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.Optional;

/**
 * The rules about the actor as the holder of their own service account (K1–K3, C6): the actor is the
 * employee, signed in with personal TAXISnet, a public servant, and has (or has not yet) an account.
 * The account is always the actor's own: the commands name no other holder.
 */
final class Holder {

  private Holder() {}

  /**
   * The actor as an employee.
   *
   * @param command the command
   * @return the employee principal, or empty for any other principal
   */
  static Optional<Principal.Employee> employee(Command command) {
    return command.actor() instanceof Principal.Employee
        ? Optional.of((Principal.Employee) command.actor())
        : Optional.empty();
  }

  /** K2: the actor is an employee who signed in with personal TAXISnet (L26-3 when nobody did). */
  static final class SignedInWithTaxisNet implements Rule<Command> {
    @Override
    public List<Violation> check(Command command, Directory directory, GovernanceRules rules) {
      List<Violation> unauthenticated = Access.authentication(command.actor(), command.getClass().getSimpleName());
      if (!unauthenticated.isEmpty()) {
        return unauthenticated;
      }
      Optional<Principal.Employee> employee = employee(command);
      if (employee.isEmpty()) {
        return List.of(Violation.of(AccountCode.NOT_AN_EMPLOYEE, "actor", command.actor().description()));
      }
      return employee.get().authentication() == Authentication.TAXISNET_PERSONAL
          ? List.of()
          : List.of(Violation.of(AccountCode.NOT_SIGNED_IN_WITH_TAXISNET,
              "employee", employee.get().identity().taxId().value()));
    }
  }

  /** X5, C6: the acting employee is registered and holds public-servant status. */
  static final class PublicServant implements Rule<Command> {
    @Override
    public List<Violation> check(Command command, Directory directory, GovernanceRules rules) {
      return employee(command)
          .map(actor -> Access.publicServant(actor.identity().taxId(), directory))
          .orElse(List.of());
    }
  }

  /** K3: one service account per employee; the acting employee has none yet. */
  static final class HasNoAccount implements Rule<Command> {
    @Override
    public List<Violation> check(Command command, Directory directory, GovernanceRules rules) {
      return employee(command)
          .flatMap(actor -> directory.account(actor.identity().taxId()))
          .map(account -> List.of(Violation.of(AccountCode.ACCOUNT_EXISTS,
              "employee", account.holder().value(), "username", account.username().value())))
          .orElse(List.of());
    }
  }

  /** K3, C6: the acting employee has a service account, and it is not suspended. */
  static final class HasActiveAccount implements Rule<Command> {
    @Override
    public List<Violation> check(Command command, Directory directory, GovernanceRules rules) {
      return employee(command).map(actor -> {
        String person = actor.identity().taxId().value();
        Optional<ServiceAccount> account = directory.account(actor.identity().taxId());
        if (account.isEmpty()) {
          return List.of(Violation.of(AccountCode.NO_ACCOUNT, "employee", person));
        }
        return account.get().state() == AccountState.SUSPENDED
            ? List.of(Violation.of(AccessCode.SERVICE_ACCOUNT_SUSPENDED, "employee", person))
            : List.<Violation>of();
      }).orElse(List.of());
    }
  }
}
