package dev.thyrida.policy.account;

import dev.thyrida.core.account.Authorisation;
import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.policy.access.Access;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules of authorising an employee per application: only an administrator of the employee's own
 * agency does it (K8, X5), for a registered employee with a service account, and a grant is new while
 * a change or withdrawal finds the authorisation in place (X5).
 */
final class AgencyAdministration {

  private AgencyAdministration() {}

  /**
   * What an authorisation command names: the employee and the application.
   *
   * @param holder the employee
   * @param application the application
   */
  record Subject(TaxId holder, ApplicationId application) {}

  /**
   * K8, X5: the actor is an authenticated administrator of the agency that employs the holder.
   *
   * @param <C> the kind of command
   */
  record ActorAdministersHoldersAgency<C extends Command>(Function<C, Subject> subject)
      implements Rule<C> {

    @Override
    public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
      List<Violation> unauthenticated = Access.authentication(command.actor(), command.getClass().getSimpleName());
      if (!unauthenticated.isEmpty()) {
        return unauthenticated;
      }
      Optional<Employee> holder = directory.employee(subject.apply(command).holder());
      boolean administers = holder.flatMap(found -> directory.agency(found.agency()))
          .filter(agency -> Holder.employee(command).map(actor -> actor.identity().taxId())
              .filter(agency.administrators()::contains).isPresent())
          .isPresent();
      return administers || holder.isEmpty()
          ? List.of()
          : List.of(Violation.of(AccountCode.NOT_AGENCY_ADMINISTRATOR,
              "actor", command.actor().description(), "agency", holder.get().agency().value()));
    }
  }

  /**
   * X5, C6, K8: the holder is registered, has a service account, and, unless the authorisation is
   * being withdrawn, holds public-servant status.
   *
   * @param <C> the kind of command
   */
  record HolderEligible<C extends Command>(Function<C, Subject> subject, boolean withdrawing)
      implements Rule<C> {

    @Override
    public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
      TaxId holder = subject.apply(command).holder();
      Optional<Employee> employee = directory.employee(holder);
      if (employee.isEmpty()) {
        return List.of(Violation.of(AccountCode.HOLDER_NOT_REGISTERED, "employee", holder.value()));
      }
      if (!withdrawing && !employee.get().isActive()) {
        return List.of(Violation.of(AccountCode.HOLDER_STATUS_LOST, "employee", holder.value()));
      }
      return directory.account(holder).isPresent()
          ? List.of()
          : List.of(Violation.of(AccountCode.HOLDER_HAS_NO_ACCOUNT, "employee", holder.value()));
    }
  }

  /**
   * X5: a grant finds no authorisation for the application; a change or withdrawal finds one.
   *
   * @param <C> the kind of command
   */
  record AuthorisationInPlace<C extends Command>(Function<C, Subject> subject, boolean expected)
      implements Rule<C> {

    @Override
    public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
      Subject named = subject.apply(command);
      Optional<ServiceAccount> account = directory.account(named.holder());
      if (account.isEmpty()) {
        return List.of();
      }
      Optional<Authorisation> found = account.get().authorisation(named.application());
      if (found.isPresent() == expected) {
        return List.of();
      }
      return List.of(Violation.of(expected ? AccountCode.AUTHORISATION_MISSING : AccountCode.AUTHORISATION_EXISTS,
          "employee", named.holder().value(), "application", named.application().value()));
    }
  }
}
