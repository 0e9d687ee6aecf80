package dev.thyrida.policy.account;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.ChangeAuthorisation;
import dev.thyrida.core.command.ChangePassword;
import dev.thyrida.core.command.ChangeUsername;
import dev.thyrida.core.command.CreateServiceAccount;
import dev.thyrida.core.command.GrantAuthorisation;
import dev.thyrida.core.command.WithdrawAuthorisation;
import dev.thyrida.core.event.AuthorisationChanged;
import dev.thyrida.core.event.AuthorisationGranted;
import dev.thyrida.core.event.AuthorisationWithdrawn;
import dev.thyrida.core.event.PasswordChanged;
import dev.thyrida.core.event.ServiceAccountCreated;
import dev.thyrida.core.event.UsernameChanged;
import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.policy.access.Gate;
import dev.thyrida.policy.account.AgencyAdministration.AuthorisationInPlace;
import dev.thyrida.policy.account.AgencyAdministration.HolderEligible;
import dev.thyrida.policy.account.AgencyAdministration.Subject;
import dev.thyrida.policy.account.Credentials.PasswordHygienic;
import dev.thyrida.policy.account.Credentials.PasswordPassesPolicy;
import dev.thyrida.policy.account.Credentials.UsernameFree;
import dev.thyrida.policy.account.Credentials.UsernamePassesPolicy;
import dev.thyrida.policy.decide.Family;
import dev.thyrida.policy.decide.Handling;
import java.util.List;
import java.util.Optional;

/**
 * How the account commands are decided (χειρισμοί λογαριασμών): each command's rules in the order
 * they are checked and reported, and the events it causes. No event carries a password (D5): the
 * host hashes an accepted password with its own tools.
 */
public final class AccountFamily {

  /** K2, K3, K4–K6, D4, D11: an employee signed in with TAXISnet (the access rules' K2) creates their one service account. */
  public static final Handling<CreateServiceAccount> CREATE_SERVICE_ACCOUNT = Gate.handling(
      CreateServiceAccount.class,
      List.of(new Holder.HasNoAccount(),
          new UsernamePassesPolicy<CreateServiceAccount>(CreateServiceAccount::username),
          UsernameFree.forNewAccount(CreateServiceAccount::username),
          new PasswordPassesPolicy<CreateServiceAccount>(CreateServiceAccount::password,
              CreateServiceAccount::confirmation),
          new PasswordHygienic<CreateServiceAccount>(CreateServiceAccount::password,
              (command, directory) -> Optional.of(command.username()))),
      (command, directory, rules) -> List.of(new ServiceAccountCreated(Actor.of(command.actor()),
          command.issuedAt(), command.actor().taxId().orElseThrow(), command.username())));

  /** K3, K5, K6, D11: the holder changes their password. */
  public static final Handling<ChangePassword> CHANGE_PASSWORD = Gate.handling(
      ChangePassword.class,
      List.of(new Holder.HasActiveAccount(),
          new PasswordPassesPolicy<ChangePassword>(ChangePassword::password, ChangePassword::confirmation),
          new PasswordHygienic<ChangePassword>(ChangePassword::password, AccountFamily::currentUsername)),
      (command, directory, rules) -> List.of(new PasswordChanged(Actor.of(command.actor()),
          command.issuedAt(), command.actor().taxId().orElseThrow())));

  /** K3, K4, D4: the holder changes their username. */
  public static final Handling<ChangeUsername> CHANGE_USERNAME = Gate.handling(
      ChangeUsername.class,
      List.of(new Holder.HasActiveAccount(),
          new UsernamePassesPolicy<ChangeUsername>(ChangeUsername::username),
          UsernameFree.forChange(ChangeUsername::username)),
      (command, directory, rules) -> List.of(new UsernameChanged(Actor.of(command.actor()),
          command.issuedAt(), command.actor().taxId().orElseThrow(), command.username())));

  /** K8, X5: an administrator of the employee's agency (the access rules' role) authorises them for an application. */
  public static final Handling<GrantAuthorisation> GRANT_AUTHORISATION = Gate.handling(
      GrantAuthorisation.class,
      List.of(HolderEligible.<GrantAuthorisation>inServiceWithAccount(AccountFamily::subject),
          AuthorisationInPlace.<GrantAuthorisation>absent(AccountFamily::subject)),
      (command, directory, rules) -> List.of(new AuthorisationGranted(Actor.of(command.actor()),
          command.issuedAt(), command.holder(), command.application(), command.roles(),
          command.actor().taxId().orElseThrow())));

  /** X5: an administrator of the employee's agency changes their roles in an application. */
  public static final Handling<ChangeAuthorisation> CHANGE_AUTHORISATION = Gate.handling(
      ChangeAuthorisation.class,
      List.of(HolderEligible.<ChangeAuthorisation>inServiceWithAccount(AccountFamily::subject),
          AuthorisationInPlace.<ChangeAuthorisation>present(AccountFamily::subject),
          new RolesChanged()),
      (command, directory, rules) -> List.of(new AuthorisationChanged(Actor.of(command.actor()),
          command.issuedAt(), command.holder(), command.application(), command.roles(),
          command.actor().taxId().orElseThrow())));

  /** X5: an administrator of the employee's agency withdraws an authorisation. */
  public static final Handling<WithdrawAuthorisation> WITHDRAW_AUTHORISATION = Gate.handling(
      WithdrawAuthorisation.class,
      List.of(HolderEligible.<WithdrawAuthorisation>withAccount(AccountFamily::subject),
          AuthorisationInPlace.<WithdrawAuthorisation>present(AccountFamily::subject)),
      (command, directory, rules) -> List.of(new AuthorisationWithdrawn(Actor.of(command.actor()),
          command.issuedAt(), command.holder(), command.application(), Clause.X5)));

  /** The family (K1–K3, K5, K6, K8, X5, D4, D5), registered in the standard decider. */
  public static final Family FAMILY = new Family("accounts", all());

  private AccountFamily() {}

  /**
   * Every account handling, in the order the documents list them.
   *
   * @return the handlings
   */
  public static List<Handling<?>> all() {
    return List.of(CREATE_SERVICE_ACCOUNT, CHANGE_PASSWORD, CHANGE_USERNAME,
        GRANT_AUTHORISATION, CHANGE_AUTHORISATION, WITHDRAW_AUTHORISATION);
  }

  private static Optional<ServiceUsername> currentUsername(ChangePassword command, Directory directory) {
    return command.actor().taxId().flatMap(directory::account).map(ServiceAccount::username);
  }

  private static Subject subject(GrantAuthorisation command) {
    return new Subject(command.holder(), command.application());
  }

  private static Subject subject(ChangeAuthorisation command) {
    return new Subject(command.holder(), command.application());
  }

  private static Subject subject(WithdrawAuthorisation command) {
    return new Subject(command.holder(), command.application());
  }
}
