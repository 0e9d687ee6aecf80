package dev.thyrida.core.directory;

import dev.thyrida.core.account.Authorisation;
import dev.thyrida.core.event.AccountEvent;
import dev.thyrida.core.event.AuthorisationChanged;
import dev.thyrida.core.event.AuthorisationGranted;
import dev.thyrida.core.event.AuthorisationWithdrawn;

/** Applies authorisation events (K8, X5, D6). */
final class AuthorisationEvolution {

  private AuthorisationEvolution() {}

  static AccountRegister apply(AccountRegister register, AccountEvent event) {
    if (event instanceof AuthorisationGranted) {
      AuthorisationGranted granted = (AuthorisationGranted) event;
      Authorisation authorisation =
          new Authorisation(granted.application(), granted.roles(), granted.grantedBy(), granted.at());
      return AccountEvolution.change(register, granted.holder(), account -> account.withAuthorisation(authorisation));
    }
    if (event instanceof AuthorisationChanged) {
      AuthorisationChanged changed = (AuthorisationChanged) event;
      Authorisation authorisation =
          new Authorisation(changed.application(), changed.roles(), changed.changedBy(), changed.at());
      return AccountEvolution.change(register, changed.holder(), account -> account.authorisation(changed.application()).isPresent()
          ? account.withAuthorisation(authorisation)
          : account);
    }
    if (event instanceof AuthorisationWithdrawn) {
      AuthorisationWithdrawn withdrawn = (AuthorisationWithdrawn) event;
      return AccountEvolution.change(register, withdrawn.holder(), account -> account.withoutAuthorisation(withdrawn.application()));
    }
    return register;
  }
}
