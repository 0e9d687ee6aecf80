package dev.thyrida.policy.account;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.ViolationCode;

/**
 * The stable codes of refused account commands (κωδικοί λογαριασμών), each with its clause. Credential
 * violations keep their own {@code CredentialCode} codes; access violations their {@code AccessCode}.
 */
public enum AccountCode implements ViolationCode {
  /** Only an employee creates or changes a service account (K1, K2). */
  NOT_AN_EMPLOYEE(Clause.K2),
  /** Creating or changing a service account starts with a personal TAXISnet login (K2). */
  NOT_SIGNED_IN_WITH_TAXISNET(Clause.K2),
  /** The employee already has a service account: one per employee (K3). */
  ACCOUNT_EXISTS(Clause.K3),
  /** The employee has no service account to change (K3). */
  NO_ACCOUNT(Clause.K3),
  /** The username is another account's, ignoring case (D4). */
  USERNAME_TAKEN(Clause.D4),
  /** The new username is the current one (K3). */
  USERNAME_UNCHANGED(Clause.K3),
  /** Only an administrator of the employee's own agency authorises them (K8, X5). */
  NOT_AGENCY_ADMINISTRATOR(Clause.K8),
  /** The employee to authorise is not in the directory (X5). */
  HOLDER_NOT_REGISTERED(Clause.X5),
  /** The employee to authorise lost public-servant status (C6). */
  HOLDER_STATUS_LOST(Clause.C6),
  /** The employee to authorise has no service account to hold the authorisation (K8). */
  HOLDER_HAS_NO_ACCOUNT(Clause.K8),
  /** The employee already holds an authorisation for the application: change it instead (X5). */
  AUTHORISATION_EXISTS(Clause.X5),
  /** The employee holds no authorisation for the application (X5). */
  AUTHORISATION_MISSING(Clause.X5),
  /** The roles given are the ones the authorisation already has (X5). */
  ROLES_UNCHANGED(Clause.X5);

  private final Clause clause;

  AccountCode(Clause clause) {
    this.clause = clause;
  }

  @Override
  public Clause clause() {
    return clause;
  }
}
