package dev.thyrida.core.directory;

import dev.thyrida.core.account.AccountState;
import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.agency.Agency;
import dev.thyrida.core.event.AccountEvent;
import dev.thyrida.core.event.AgencyAdministratorAppointed;
import dev.thyrida.core.event.AgencyAdministratorRemoved;
import dev.thyrida.core.event.AgencyRegistered;
import dev.thyrida.core.event.PasswordChanged;
import dev.thyrida.core.event.ServiceAccountCreated;
import dev.thyrida.core.event.ServiceAccountSuspended;
import dev.thyrida.core.event.UsernameChanged;
import dev.thyrida.core.identity.TaxId;
import java.util.function.UnaryOperator;

/**
 * Applies agency and account events (K3, K8, X5, D4, D6); an event about something missing, or one
 * that would break the uniqueness of usernames (D4), changes nothing (ADR 0012).
 */
final class AccountEvolution {

  private AccountEvolution() {}

  static AccountRegister apply(AccountRegister register, AccountEvent event) {
    if (event instanceof AgencyRegistered) {
      AgencyRegistered registered = (AgencyRegistered) event;
      return register.agencies().containsKey(registered.agency())
          ? register
          : register.withAgency(Agency.of(registered.agency(), registered.name()));
    }
    if (event instanceof AgencyAdministratorAppointed) {
      AgencyAdministratorAppointed appointed = (AgencyAdministratorAppointed) event;
      Agency agency = register.agencies().get(appointed.agency());
      return agency == null || agency.administrators().contains(appointed.administrator())
          ? register
          : register.withAgency(agency.withAdministrator(appointed.administrator()));
    }
    if (event instanceof AgencyAdministratorRemoved) {
      AgencyAdministratorRemoved removed = (AgencyAdministratorRemoved) event;
      Agency agency = register.agencies().get(removed.agency());
      return agency == null || !agency.administrators().contains(removed.administrator())
          ? register
          : register.withAgency(agency.withoutAdministrator(removed.administrator()));
    }
    if (event instanceof ServiceAccountCreated) {
      return created(register, (ServiceAccountCreated) event);
    }
    if (event instanceof UsernameChanged) {
      UsernameChanged changed = (UsernameChanged) event;
      if (register.usernameTakenByOther(changed.username().folded(), changed.holder())) {
        return register;
      }
      return change(register, changed.holder(), account -> account.withUsername(changed.username(), changed.at()));
    }
    if (event instanceof PasswordChanged) {
      PasswordChanged changed = (PasswordChanged) event;
      return change(register, changed.holder(), account -> account.changedAt(changed.at()));
    }
    if (event instanceof ServiceAccountSuspended) {
      ServiceAccountSuspended suspended = (ServiceAccountSuspended) event;
      return change(register, suspended.holder(), account -> account.withState(AccountState.SUSPENDED));
    }
    return AuthorisationEvolution.apply(register, event);
  }

  private static AccountRegister created(AccountRegister register, ServiceAccountCreated event) {
    if (register.accounts().containsKey(event.holder())
        || register.holdersByUsername().containsKey(event.username().folded())) {
      return register;
    }
    return register.withAccount(ServiceAccount.created(event.holder(), event.username(), event.at()));
  }

  static AccountRegister change(AccountRegister register, TaxId holder, UnaryOperator<ServiceAccount> change) {
    ServiceAccount account = register.accounts().get(holder);
    if (account == null) {
      return register;
    }
    ServiceAccount changed = change.apply(account);
    return changed.equals(account) ? register : register.withAccount(changed);
  }
}
