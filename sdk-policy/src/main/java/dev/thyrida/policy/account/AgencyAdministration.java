package dev.thyrida.policy.account;

import dev.thyrida.core.account.Authorisation;
import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules of authorising an employee per application (εξουσιοδότηση, K8, X5), after the access
 * rules found the actor an administrator of the employee's own agency: the employee has a service
 * account to hold it and, unless it is being withdrawn, public-servant status; a grant is new while a
 * change or withdrawal finds the authorisation in place.
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
   * C6, K8: the holder has a service account and, unless the authorisation is being withdrawn,
   * holds public-servant status. Silent for an unknown holder: the access rules report it.
   *
   * @param <C> the kind of command
   */
  static final class HolderEligible<C extends Command> implements Rule<C> {

    private final Function<C, Subject> subject;
    private final boolean inService;

    private HolderEligible(Function<C, Subject> subject, boolean inService) {
      this.subject = subject;
      this.inService = inService;
    }

    /** C6, K8: to grant or change: in service, with a service account ({@code HolderInServiceWithAccount}). */
    static <C extends Command> HolderEligible<C> inServiceWithAccount(Function<C, Subject> subject) {
      return new HolderEligible<>(subject, true);
    }

    /** K8: to withdraw: with a service account, whatever their status ({@code HolderHasAccount}). */
    static <C extends Command> HolderEligible<C> withAccount(Function<C, Subject> subject) {
      return new HolderEligible<>(subject, false);
    }

    @Override
    public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
      TaxId holder = subject.apply(command).holder();
      Optional<Employee> employee = directory.employee(holder);
      if (employee.isEmpty()) {
        return List.of();
      }
      if (inService && !employee.get().isActive()) {
        return List.of(Violation.of(AccessCode.STATUS_LOST, "person", holder.value()));
      }
      return directory.account(holder).isPresent()
          ? List.of()
          : List.of(Violation.of(AccessCode.NO_SERVICE_ACCOUNT, "person", holder.value()));
    }

    @Override
    public String name() {
      return inService ? "HolderInServiceWithAccount" : "HolderHasAccount";
    }

    @Override
    public List<ViolationCode> codes() {
      return List.of(AccessCode.STATUS_LOST, AccessCode.NO_SERVICE_ACCOUNT);
    }
  }

  /**
   * X5: a grant finds no authorisation for the application; a change or withdrawal finds one.
   *
   * @param <C> the kind of command
   */
  static final class AuthorisationInPlace<C extends Command> implements Rule<C> {

    private final Function<C, Subject> subject;
    private final boolean expected;

    private AuthorisationInPlace(Function<C, Subject> subject, boolean expected) {
      this.subject = subject;
      this.expected = expected;
    }

    /** X5: a grant is new ({@code NoAuthorisationYet}). */
    static <C extends Command> AuthorisationInPlace<C> absent(Function<C, Subject> subject) {
      return new AuthorisationInPlace<>(subject, false);
    }

    /** X5: a change or withdrawal finds the authorisation ({@code AuthorisationInPlace}). */
    static <C extends Command> AuthorisationInPlace<C> present(Function<C, Subject> subject) {
      return new AuthorisationInPlace<>(subject, true);
    }

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
          "person", named.holder().value(), "application", named.application().value()));
    }

    @Override
    public String name() {
      return expected ? "AuthorisationInPlace" : "NoAuthorisationYet";
    }

    @Override
    public List<ViolationCode> codes() {
      return List.of(expected ? AccountCode.AUTHORISATION_MISSING : AccountCode.AUTHORISATION_EXISTS);
    }
  }
}
