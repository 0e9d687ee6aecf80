package dev.thyrida.policy.account;

import dev.thyrida.core.account.Password;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.credential.CredentialCode;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules on the credentials a command carries: the username and password pass the credential
 * policy of the rules' profile ({@link GovernanceRules#credentialPolicy()}), reported with their own {@code CredentialCode} codes (K4–K6, D4), and the
 * username is no other account's, ignoring case (D4). Passwords are judged, never kept or echoed (D5).
 */
final class Credentials {

  /** K4, D2, D4: the codes of a username check. */
  static final List<ViolationCode> USERNAME_CODES = codes("USERNAME_");

  /** K5, K6, D2: the codes of a password check, with its confirmation. */
  static final List<ViolationCode> PASSWORD_CODES = codes("PASSWORD_");

  private Credentials() {}

  /**
   * K4, D4: the username passes the credential policy and is not the actor's TAXISnet user id.
   *
   * @param <C> the kind of command
   */
  record UsernamePassesPolicy<C extends Command>(Function<C, ServiceUsername> username) implements Rule<C> {

    @Override
    public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
      Optional<String> taxisNet = command.actor() instanceof Principal.Employee
          ? Optional.of(((Principal.Employee) command.actor()).identity().userId().value())
          : Optional.empty();
      return rules.credentialPolicy().checkUsername(username.apply(command).value(), taxisNet).violations();
    }

    @Override
    public List<ViolationCode> codes() {
      return Credentials.USERNAME_CODES;
    }
  }

  /**
   * D4: the username is no other account's, ignoring case; K3: a change must change it (the
   * actor's own account, when creating, is {@code ACCOUNT_EXISTS}'s to report).
   *
   * @param <C> the kind of command
   */
  record UsernameFree<C extends Command>(Function<C, ServiceUsername> username, boolean change)
      implements Rule<C> {

    /**
     * D4: a new account's username is no other account's ({@code UsernameFree}).
     *
     * @param <C> the kind of command
     * @param username the username the command names
     * @return the rule
     */
    static <C extends Command> UsernameFree<C> forNewAccount(Function<C, ServiceUsername> username) {
      return new UsernameFree<>(username, false);
    }

    /**
     * D4, K3: a changed username is no other account's, and not the current one ({@code UsernameFreeAndNew}).
     *
     * @param <C> the kind of command
     * @param username the username the command names
     * @return the rule
     */
    static <C extends Command> UsernameFree<C> forChange(Function<C, ServiceUsername> username) {
      return new UsernameFree<>(username, true);
    }

    @Override
    public String name() {
      return change ? "UsernameFreeAndNew" : "UsernameFree";
    }

    @Override
    public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
      ServiceUsername wanted = username.apply(command);
      Optional<TaxId> actor = command.actor().taxId();
      return directory.accountByUsername(wanted).map(account -> {
        if (actor.filter(account.holder()::equals).isEmpty()) {
          return List.of(Violation.of(AccountCode.USERNAME_TAKEN, "username", wanted.value()));
        }
        return change && account.username().equals(wanted)
            ? List.of(Violation.of(AccountCode.USERNAME_UNCHANGED, "username", wanted.value()))
            : List.<Violation>of();
      }).orElse(List.of());
    }

    @Override
    public List<ViolationCode> codes() {
      return List.of(AccountCode.USERNAME_TAKEN, AccountCode.USERNAME_UNCHANGED);
    }
  }

  /**
   * K5, K6: the password passes the credential policy and its confirmation matches it.
   *
   * @param <C> the kind of command
   */
  record PasswordPassesPolicy<C extends Command>(
      Function<C, Password> password, Function<C, Password> confirmation) implements Rule<C> {

    @Override
    public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
      return rules.credentialPolicy().checkPassword(password.apply(command).reveal(), confirmation.apply(command).reveal())
          .violations();
    }

    @Override
    public List<ViolationCode> codes() {
      return Credentials.PASSWORD_CODES;
    }
  }

  private static List<ViolationCode> codes(String prefix) {
    return Stream.of(CredentialCode.values()).filter(code -> code.name().startsWith(prefix))
        .collect(Collectors.toUnmodifiableList());
  }
}
