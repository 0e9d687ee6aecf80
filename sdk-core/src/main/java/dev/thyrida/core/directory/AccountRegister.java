package dev.thyrida.core.directory;

import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.agency.Agency;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.TaxId;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/**
 * The agency and account part of a directory: agencies, service accounts by holder, and holders by
 * folded username for the case-insensitive uniqueness of D4.
 */
record AccountRegister(
    PMap<AgencyId, Agency> agencies,
    PMap<TaxId, ServiceAccount> accounts,
    PMap<String, TaxId> holdersByUsername) {

  static final AccountRegister EMPTY =
      new AccountRegister(HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty());

  AccountRegister withAgency(Agency agency) {
    return new AccountRegister(agencies.plus(agency.id(), agency), accounts, holdersByUsername);
  }

  /** Replaces an account and keeps the username index in step with it. */
  AccountRegister withAccount(ServiceAccount account) {
    ServiceAccount before = accounts.get(account.holder());
    PMap<String, TaxId> byUsername = before == null
        ? holdersByUsername
        : holdersByUsername.minus(before.username().folded());
    return new AccountRegister(
        agencies,
        accounts.plus(account.holder(), account),
        byUsername.plus(account.username().folded(), account.holder()));
  }

  /** Tells whether a folded username belongs to someone other than a holder (D4). */
  boolean usernameTakenByOther(String folded, TaxId holder) {
    TaxId owner = holdersByUsername.get(folded);
    return owner != null && !owner.equals(holder);
  }
}
