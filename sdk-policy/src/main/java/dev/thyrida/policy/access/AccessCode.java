package dev.thyrida.policy.access;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.ViolationCode;

/**
 * The stable codes of refused access (κωδικοί άρνησης πρόσβασης), each with the clause it enforces.
 * The name is the code integrators match on and the key of its message. Three refusals that the
 * governance rules share keep their {@link dev.thyrida.policy.governance.GovernanceCode} codes, so that
 * one rule has one code: {@code NOT_AUTHENTICATED} (L26-3), {@code TAXISNET_LOGIN_IN_PRODUCTION} (C9)
 * and {@code STATUS_LOST} (C6).
 */
public enum AccessCode implements ViolationCode {
  /** This kind of principal may not take this action at all, e.g. a citizen managing handlers (L26-3). */
  PRINCIPAL_NOT_PERMITTED(Clause.L26_3),
  /** A personal mailbox opens only to the citizen who owns it (L26-1, L26-3). */
  NOT_OWN_MAILBOX(Clause.L26_3),
  /** Service credentials are for employees on official duty, not for citizens (K1). */
  SERVICE_CREDENTIALS_FOR_CITIZEN(Clause.K1),
  /** The target mailbox is unknown (L26-1). */
  MAILBOX_NOT_FOUND(Clause.L26_1),
  /** The target request is unknown (X2). */
  REQUEST_NOT_FOUND(Clause.X2),
  /** The target document is unknown (L26-1). */
  DOCUMENT_NOT_FOUND(Clause.L26_1),
  /** The action needs a KEP request mailbox and the target is another kind (C1). */
  NOT_A_KEP_MAILBOX(Clause.C1),
  /** The KEP mailbox is not active (C1). */
  MAILBOX_NOT_ACTIVE(Clause.C1),
  /** Only a handler of the KEP mailbox works its requests (X2). */
  NOT_A_HANDLER(Clause.X2),
  /** Only an administrator of the KEP mailbox manages its handlers or assigns its requests (X2). */
  NOT_AN_ADMINISTRATOR(Clause.X2),
  /** Only an employee of the agency opens the agency's mailbox (X1 §3). */
  NOT_OF_THE_AGENCY(Clause.X1),
  /** The employee is not in the directory: no agency vouches for them (X5). */
  EMPLOYEE_NOT_REGISTERED(Clause.X5),
  /** Signed in with service credentials, but the employee has no service account (K1, K3). */
  NO_SERVICE_ACCOUNT(Clause.K1),
  /** Signed in with a service username that is not the employee's own (K1, D4). */
  SERVICE_USERNAME_MISMATCH(Clause.K1),
  /** The employee's service account is suspended (K3, C6). */
  SERVICE_ACCOUNT_SUSPENDED(Clause.K3),
  /** In production the employee needs their agency's authorisation for the application (K8, X5). */
  NO_AUTHORISATION(Clause.K8);

  private final Clause clause;

  AccessCode(Clause clause) {
    this.clause = clause;
  }

  @Override
  public Clause clause() {
    return clause;
  }
}
