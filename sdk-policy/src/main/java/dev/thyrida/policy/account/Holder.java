package dev.thyrida.policy.account;

import dev.thyrida.core.account.AccountState;
import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.Optional;

/**
 * The rules about the actor's own service account (K3, C6): the actor has (or has not yet) one, and
 * it is not suspended. The account is always the actor's own: the commands name no other holder.
 * Who the actor is (an employee in service, signed in with personal TAXISnet, K2) is the access
 * rules'.
 */
final class Holder {

  private Holder() {}

  /** K3: one service account per employee; the acting employee has none yet. */
  static final class HasNoAccount implements Rule<Command> {
    @Override
    public List<Violation> check(Command command, Directory directory, GovernanceRules rules) {
      return command.actor().taxId()
          .flatMap(directory::account)
          .map(account -> List.of(Violation.of(AccountCode.ACCOUNT_EXISTS,
              "person", account.holder().value(), "username", account.username().value())))
          .orElse(List.of());
    }

    @Override
    public List<ViolationCode> codes() {
      return List.of(AccountCode.ACCOUNT_EXISTS);
    }
  }

  /** K3, C6: the acting employee has a service account, and it is not suspended. */
  static final class HasActiveAccount implements Rule<Command> {
    @Override
    public List<Violation> check(Command command, Directory directory, GovernanceRules rules) {
      Optional<TaxId> actor = command.actor().taxId();
      if (actor.isEmpty()) {
        return List.of();
      }
      Optional<ServiceAccount> account = directory.account(actor.get());
      if (account.isEmpty()) {
        return List.of(Violation.of(AccessCode.NO_SERVICE_ACCOUNT, "person", actor.get().value()));
      }
      return account.get().state() == AccountState.SUSPENDED
          ? List.of(Violation.of(AccessCode.SERVICE_ACCOUNT_SUSPENDED, "person", actor.get().value()))
          : List.of();
    }

    @Override
    public List<ViolationCode> codes() {
      return List.of(AccessCode.NO_SERVICE_ACCOUNT, AccessCode.SERVICE_ACCOUNT_SUSPENDED);
    }
  }
}
