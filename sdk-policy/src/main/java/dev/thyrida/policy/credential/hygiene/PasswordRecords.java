package dev.thyrida.policy.credential.hygiene;

import dev.thyrida.core.identity.TaxId;

/**
 * What the host keeps about an account holder's passwords (D11), for the account commands to judge a
 * new one by: the hashes of the previous passwords with the function that made them, and the host's
 * deny-list. The decision adds the person's own words (username, TAXISnet user id, tax id, names).
 * Passed with the rules ({@code GovernanceRules.passwordRecords()}); consulted only when the rules'
 * credential profile switches a hygiene rule on, so the host should answer from what it loaded for
 * the decision, without further I/O.
 */
@FunctionalInterface
public interface PasswordRecords {

  /** Knows nothing: no history, no deny-list (the default). */
  PasswordRecords NONE = holder -> PasswordContext.none();

  /**
   * The context of a holder's new password.
   *
   * @param holder the account holder's tax id
   * @return their previous passwords' hashes and the deny-list; {@link PasswordContext#none()} if none
   */
  PasswordContext of(TaxId holder);
}
