package dev.thyrida.testkit.sequences;

import dev.thyrida.core.account.Password;
import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.command.ChangeAuthorisation;
import dev.thyrida.core.command.ChangePassword;
import dev.thyrida.core.command.ChangeUsername;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.CreateServiceAccount;
import dev.thyrida.core.command.GrantAuthorisation;
import dev.thyrida.core.command.WithdrawAuthorisation;
import dev.thyrida.core.account.Role;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.policy.access.AccessRules;
import java.util.Set;
import java.util.function.BiFunction;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.staff.Employee;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Drawing the service-account and authorisation commands (K2–K8, D1–D4, X5): usernames from a small pool and the
 * directory's own, in a random mix of cases so that collisions ignoring case are frequent (D4).
 */
final class AccountDraws {

  static final List<String> NAMES = List.of("maria_pap1", "nikos_ant2", "eleni_geo3", "kostas_d4");
  static final String GOOD = "Kep#2026a";

  private AccountDraws() {}

  private static ServiceUsername username(Drawing d) {
    List<String> names = new ArrayList<>(NAMES);
    Drawing.sorted(d.directory().accounts(), a -> a.username().value()).stream()
        .map(ServiceAccount::username).map(ServiceUsername::value).forEach(names::add);
    StringBuilder mixed = new StringBuilder();
    d.pick(names).chars().forEach(c -> mixed.append((char) (d.random.nextInt(3) == 0 ? Character.toUpperCase(c) : c)));
    return ServiceUsername.of(mixed.toString());
  }

  /** An employee's TAXISnet principal, preferring those with (or without) an account; a stranger now and then (K2). */
  private static Principal holder(Drawing d, boolean withAccount) {
    List<TaxId> employees = Drawing.sorted(d.directory().employees().stream().map(Employee::taxId)
        .collect(Collectors.toList()));
    return employees.isEmpty() ? Actors.stranger(d, d.person())
        : Actors.taxisNet(d, d.prefer(employees, e -> d.directory().account(e).isPresent() == withAccount, 85));
  }

  private static Password password(Drawing d) {
    return Password.of(d.random.nextInt(8) == 0 ? "x" : GOOD);
  }

  static Command create(Drawing d) {
    return new CreateServiceAccount(holder(d, false), d.now(), username(d), Password.of(GOOD), password(d));
  }

  static Command rename(Drawing d) {
    return new ChangeUsername(holder(d, true), d.now(), username(d));
  }

  /**
   * An employee with an account, mostly, preferring those who hold (or lack) the authorisation, and
   * an administrator of their agency, mostly (K8, X5).
   */
  private static Command authorisation(Drawing d, boolean holding, BiFunction<Principal, TaxId, Command> command) {
    List<ServiceAccount> accounts = Drawing.sorted(d.directory().accounts(), a -> a.holder().value());
    TaxId holder = accounts.isEmpty() || d.chance(10) ? d.person()
        : d.prefer(accounts, a -> a.authorisation(AccessRules.KEP_MAILBOX).isPresent() == holding, 80).holder();
    List<TaxId> administrators = d.directory().employee(holder).flatMap(e -> d.directory().agency(e.agency()))
        .map(agency -> Drawing.sorted(agency.administrators())).orElse(List.of());
    TaxId actor = administrators.isEmpty() || d.chance(15) ? d.person() : d.pick(administrators);
    return command.apply(Actors.employee(d, actor), holder);
  }

  static Command grant(Drawing d) {
    return authorisation(d, false, (actor, holder) -> new GrantAuthorisation(actor, d.now(), holder, AccessRules.KEP_MAILBOX,
        Set.of(Role.of(d.chance(80) ? "user" : "supervisor"))));
  }

  static Command change(Drawing d) {
    return authorisation(d, true, (actor, holder) -> new ChangeAuthorisation(actor, d.now(), holder,
        AccessRules.KEP_MAILBOX, Set.of(Role.of(d.chance(50) ? "user" : "supervisor"))));
  }

  static Command withdraw(Drawing d) {
    return authorisation(d, true, (actor, holder) -> new WithdrawAuthorisation(actor, d.now(), holder,
        AccessRules.KEP_MAILBOX));
  }

  static Command changePassword(Drawing d) {
    return new ChangePassword(holder(d, true), d.now(), password(d), password(d));
  }
}
