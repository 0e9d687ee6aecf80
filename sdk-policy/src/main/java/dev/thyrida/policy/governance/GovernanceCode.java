package dev.thyrida.policy.governance;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.ViolationCode;
import java.util.List;

/**
 * The ways a governance command can break the circular's rules (κωδικοί διακυβέρνησης θυρίδων): the
 * public contract of the governance family. Each constant names its clause; a violation may cite a
 * narrower clause of the same rule where the command says which (e.g. {@link #NOT_ADMINISTRATOR}
 * cites C2 when adding a handler and C5 when moving or deleting one). Parameters are named in each
 * constant's javadoc.
 */
public enum GovernanceCode implements ViolationCode {
  /** L26-3: nobody is authenticated; {@code command}. */
  NOT_AUTHENTICATED(Clause.L26_3, "command"),
  /** C9: in production an employee authenticated with personal TAXISnet credentials acts; {@code person}. */
  TAXISNET_LOGIN_IN_PRODUCTION(Clause.C9, "person"),
  /** L26-3: the command is for an employee, and a citizen or the host system issued it; {@code principal}. */
  NOT_AN_EMPLOYEE(Clause.L26_3, "principal"),
  /** C4: a Ministry official tried to define, move or delete a mailbox user; {@code person}. */
  MINISTRY_NOT_INVOLVED(Clause.C4, "person"),
  /** L26-3: an HR or setup fact came from a principal other than the host system; {@code principal}. */
  NOT_HR_SOURCE(Clause.L26_3, "principal"),
  /** D7: the command is the Ministry's (recovery; X3 approval) and someone else issued it; {@code principal}. */
  NOT_MINISTRY(Clause.D7, "principal"),
  /** C6: the acting employee has lost public-servant status and holds no right; {@code person}. */
  ACTOR_STATUS_LOST(Clause.C6, "person"),
  /** C1: no mailbox has this id; {@code mailbox}. */
  MAILBOX_NOT_FOUND(Clause.C1, "mailbox"),
  /** C1: the mailbox is not a KEP request mailbox; {@code mailbox}, {@code kind}. */
  NOT_A_KEP_MAILBOX(Clause.C1, "mailbox", "kind"),
  /** C2: the mailbox has not been activated; {@code mailbox}. */
  MAILBOX_NOT_ACTIVE(Clause.C2, "mailbox"),
  /** C1: the mailbox is already active; {@code mailbox}. */
  MAILBOX_ALREADY_ACTIVE(Clause.C1, "mailbox"),
  /** C1: the actor is not the current supervisor of the mailbox's KEP; {@code person}, {@code kep}. */
  NOT_CURRENT_SUPERVISOR(Clause.C1, "person", "kep"),
  /** C2: the actor is not an administrator of the mailbox (C5 when moving or deleting); {@code person}, {@code mailbox}. */
  NOT_ADMINISTRATOR(Clause.C2, "person", "mailbox"),
  /** C7: the designating actor is not an (outgoing) administrator of the mailbox; {@code person}, {@code mailbox}. */
  NOT_OUTGOING_ADMINISTRATOR(Clause.C7, "person", "mailbox"),
  /** C3: no employee has this tax id; {@code person}. */
  EMPLOYEE_NOT_FOUND(Clause.C3, "person"),
  /** C6: the person has lost public-servant status; {@code person}. */
  STATUS_LOST(Clause.C6, "person"),
  /** C3: the person is not eligible at the mailbox's KEP at the command's instant; {@code person}, {@code kep}, {@code reason}. */
  NOT_ELIGIBLE_AT_KEP(Clause.C3, "person", "kep", "reason"),
  /** C5: the person is already a handler of the mailbox; {@code person}, {@code mailbox}. */
  ALREADY_HANDLER(Clause.C5, "person", "mailbox"),
  /** C5: the person is not a handler of the mailbox; {@code person}, {@code mailbox}. */
  NOT_A_HANDLER(Clause.C5, "person", "mailbox"),
  /** C5: a move names the same mailbox twice; {@code mailbox}. */
  SAME_MAILBOX(Clause.C5, "mailbox"),
  /** X2: the mailbox already has the maximum number of administrators; {@code mailbox}, {@code maximum}. */
  ADMINISTRATOR_LIMIT_REACHED(Clause.X2, "mailbox", "maximum"),
  /** C7: the person designated is not the KEP's current supervisor (D7 for a recovery); {@code person}, {@code kep}. */
  INCOMING_NOT_CURRENT_SUPERVISOR(Clause.C7, "person", "kep"),
  /** C7: the person designated is already an administrator of the mailbox; {@code person}, {@code mailbox}. */
  ALREADY_ADMINISTRATOR(Clause.C7, "person", "mailbox"),
  /** C7: the person to deactivate is not an administrator of the mailbox; {@code person}, {@code mailbox}. */
  PERSON_NOT_ADMINISTRATOR(Clause.C7, "person", "mailbox"),
  /** C7: an administrator may not deactivate themselves; {@code person}. */
  CANNOT_DEACTIVATE_SELF(Clause.C7, "person"),
  /** D7: the deactivation would leave the mailbox with no administrator; {@code mailbox}. */
  LAST_ADMINISTRATOR(Clause.D7, "mailbox"),
  /** X3: a designation for the mailbox already awaits the Ministry's approval; {@code mailbox}, {@code person}. */
  DESIGNATION_ALREADY_PENDING(Clause.X3, "mailbox", "person"),
  /** X3: no designation of this person awaits approval for the mailbox; {@code mailbox}, {@code person}. */
  DESIGNATION_NOT_PENDING(Clause.X3, "mailbox", "person"),
  /** D7: a recovery is only for a mailbox with no administrator; {@code mailbox}, {@code count}. */
  MAILBOX_HAS_ADMINISTRATOR(Clause.D7, "mailbox", "count"),
  /** D7: a recovery needs a written reason of at least {@code minimum} characters; {@code length}, {@code minimum}. */
  RECOVERY_REASON_REQUIRED(Clause.D7, "length", "minimum"),
  /** C1: no KEP has this code; {@code kep}. */
  KEP_NOT_FOUND(Clause.C1, "kep"),
  /** C1: a KEP with this code is already registered; {@code kep}. */
  KEP_ALREADY_REGISTERED(Clause.C1, "kep"),
  /** L26-1: a mailbox with this id already exists; {@code mailbox}. */
  MAILBOX_ALREADY_EXISTS(Clause.L26_1, "mailbox"),
  /** X5: no agency has this id; {@code agency}. */
  AGENCY_NOT_FOUND(Clause.X5, "agency"),
  /** X5: an agency with this id is already registered; {@code agency}. */
  AGENCY_ALREADY_REGISTERED(Clause.X5, "agency"),
  /** X5: the person is not an employee of the agency; {@code person}, {@code agency}. */
  NOT_AGENCY_EMPLOYEE(Clause.X5, "person", "agency"),
  /** X5: the person is already an administrator of the agency; {@code person}, {@code agency}. */
  ALREADY_AGENCY_ADMINISTRATOR(Clause.X5, "person", "agency"),
  /** C3: an employee with this tax id is already registered; {@code person}. */
  EMPLOYEE_ALREADY_REGISTERED(Clause.C3, "person"),
  /** C3: a posting with this id is already recorded; {@code posting}. */
  POSTING_ALREADY_RECORDED(Clause.C3, "posting"),
  /** D8: no posting has this id; {@code posting}. */
  POSTING_NOT_FOUND(Clause.D8, "posting"),
  /** D8: the posting belongs to another employee; {@code posting}, {@code person}. */
  POSTING_NOT_OF_EMPLOYEE(Clause.D8, "posting", "person"),
  /** D8: the end is not after the posting's start; {@code posting}, {@code validFrom}, {@code validUntil}. */
  POSTING_END_BEFORE_START(Clause.D8, "posting", "validFrom", "validUntil"),
  /** D8: the posting has already ended, at or before the end given; {@code posting}, {@code endedAt}. */
  POSTING_ALREADY_ENDED(Clause.D8, "posting", "endedAt"),
  /** C6: the person's status is already recorded as lost; {@code person}. */
  STATUS_ALREADY_LOST(Clause.C6, "person"),
  /** D6: a loss of status (C7: an appointment) is recorded once it has taken effect; {@code effectiveAt}, {@code issuedAt}. */
  FACT_NOT_YET_EFFECTIVE(Clause.D6, "effectiveAt", "issuedAt"),
  /** C7: the person is already the KEP's current supervisor; {@code person}, {@code kep}. */
  ALREADY_SUPERVISOR(Clause.C7, "person", "kep");

  private final Clause clause;
  private final List<String> parameters;

  GovernanceCode(Clause clause, String... parameters) {
    this.clause = clause;
    this.parameters = List.of(parameters);
  }

  @Override
  public Clause clause() {
    return clause;
  }

  /**
   * The names of the parameters a violation with this code carries, in order.
   *
   * @return the names; empty when the code has none
   */
  public List<String> parameters() {
    return parameters;
  }
}
