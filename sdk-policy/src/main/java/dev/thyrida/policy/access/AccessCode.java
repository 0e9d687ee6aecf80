package dev.thyrida.policy.access;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.ViolationCode;
import java.util.List;

/**
 * The stable codes of refused access (κωδικοί άρνησης πρόσβασης), each with the one clause it
 * enforces and the names of its parameters. The name is the code integrators match on and the key of
 * its message. These are the codes of "who may act here": the access rules that begin every decided
 * command ({@link Gate}) and {@link Access#decide} report them, and no family has its own.
 */
public enum AccessCode implements ViolationCode {
  /** L26-3: nobody is authenticated; {@code action}, the action or command asked for. */
  NOT_AUTHENTICATED(Clause.L26_3, "action"),
  /** L26-3: this kind of principal may not take this action at all; {@code principal}, {@code action}. */
  PRINCIPAL_NOT_PERMITTED(Clause.L26_3, "principal", "action"),
  /** C4: a Ministry official tried to define, move or delete a mailbox's users; {@code person}. */
  MINISTRY_NOT_INVOLVED(Clause.C4, "person"),
  /** K1: service credentials are for employees on official duty, not for citizens; {@code person}. */
  SERVICE_CREDENTIALS_FOR_CITIZEN(Clause.K1, "person"),
  /** C9: in production an employee signed in with personal TAXISnet credentials; {@code person}. */
  TAXISNET_LOGIN_IN_PRODUCTION(Clause.C9, "person"),
  /** K2: creating or changing one's service account starts with a personal TAXISnet login; {@code person}. */
  NOT_SIGNED_IN_WITH_TAXISNET(Clause.K2, "person"),
  /** X5: no employee with this tax id is in the directory, so no agency vouches for them; {@code person}. */
  EMPLOYEE_NOT_REGISTERED(Clause.X5, "person"),
  /** C6: the person has lost public-servant status and holds no right; {@code person}. */
  STATUS_LOST(Clause.C6, "person"),
  /** K3: the person has no service account (one per employee); {@code person}. */
  NO_SERVICE_ACCOUNT(Clause.K3, "person"),
  /** K1: signed in with a service username that is not the employee's own; {@code person}. */
  SERVICE_USERNAME_MISMATCH(Clause.K1, "person"),
  /** C6: the person's service account is suspended; {@code person}. */
  SERVICE_ACCOUNT_SUSPENDED(Clause.C6, "person"),
  /** K8: in production the employee needs their agency's authorisation for the application; {@code person}, {@code application}. */
  NO_AUTHORISATION(Clause.K8, "person", "application"),
  /** L26-1: no mailbox has this id; {@code mailbox}. */
  MAILBOX_NOT_FOUND(Clause.L26_1, "mailbox"),
  /** X2: no request has this id; {@code request}. */
  REQUEST_NOT_FOUND(Clause.X2, "request"),
  /** L26-1: no document has this id; {@code document}. */
  DOCUMENT_NOT_FOUND(Clause.L26_1, "document"),
  /** C1: the action needs a KEP request mailbox and the target is another kind; {@code target}. */
  NOT_A_KEP_MAILBOX(Clause.C1, "target"),
  /** C1: the KEP mailbox has not been activated; {@code mailbox}. */
  MAILBOX_NOT_ACTIVE(Clause.C1, "mailbox"),
  /** X5: the action needs an employee as its target and the target is something else; {@code target}. */
  NOT_AN_EMPLOYEE_TARGET(Clause.X5, "target"),
  /** L26-3: the action acts on no target of this kind, e.g. an HR fact aimed at a mailbox; {@code target}, {@code action}. */
  TARGET_NOT_FOR_ACTION(Clause.L26_3, "target", "action"),
  /** L26-3: a personal mailbox or document opens only to the person who owns it; {@code target}. */
  NOT_OWN_MAILBOX(Clause.L26_3, "target"),
  /** X1: only an employee of the agency acts for the agency, its mailbox or its documents; {@code person}, {@code agency}. */
  NOT_OF_THE_AGENCY(Clause.X1, "person", "agency"),
  /** X2: only a handler of the KEP mailbox works its requests; {@code person}, {@code mailbox}. */
  NOT_A_HANDLER(Clause.X2, "person", "mailbox"),
  /** X2: only an administrator of the KEP mailbox manages its users, hands it over or assigns its requests; {@code person}, {@code mailbox}. */
  NOT_AN_ADMINISTRATOR(Clause.X2, "person", "mailbox"),
  /** K8: only an administrator of the employee's own agency authorises them; {@code person}, {@code agency}. */
  NOT_AGENCY_ADMINISTRATOR(Clause.K8, "person", "agency");

  private final Clause clause;
  private final List<String> parameters;

  AccessCode(Clause clause, String... parameters) {
    this.clause = clause;
    this.parameters = List.of(parameters);
  }

  @Override
  public Clause clause() {
    return clause;
  }

  @Override
  public List<String> parameters() {
    return parameters;
  }
}
