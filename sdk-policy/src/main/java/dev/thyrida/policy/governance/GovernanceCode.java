package dev.thyrida.policy.governance;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.ViolationCode;
import java.util.List;

/**
 * The ways a governance command can break the circular's rules (κωδικοί διακυβέρνησης θυρίδων): the
 * public contract of the governance family. Each constant cites its one clause; parameters are named
 * in each constant's javadoc and by {@link #parameters()}. Who may act at all (authentication,
 * sign-in, standing, the actor's role) is {@code AccessCode}'s, never this family's.
 */
public enum GovernanceCode implements ViolationCode {
  /** C1: the mailbox is already active; {@code mailbox}. */
  MAILBOX_ALREADY_ACTIVE(Clause.C1, "mailbox"),
  /** C1: the actor is not the current supervisor of the mailbox's KEP, who activates it and (C7) takes it over; {@code person}, {@code kep}. */
  NOT_CURRENT_SUPERVISOR(Clause.C1, "person", "kep"),
  /** C3: the person is not eligible at the mailbox's KEP at the command's instant; {@code person}, {@code kep}, {@code reason}. */
  NOT_ELIGIBLE_AT_KEP(Clause.C3, "person", "kep", "reason"),
  /** C5: the person is already a handler of the mailbox; {@code person}, {@code mailbox}. */
  ALREADY_HANDLER(Clause.C5, "person", "mailbox"),
  /** C5: the person to move or delete is not a user of the mailbox; {@code person}, {@code mailbox}. */
  PERSON_NOT_A_HANDLER(Clause.C5, "person", "mailbox"),
  /** C5: a move names the same mailbox twice; {@code mailbox}. */
  SAME_MAILBOX(Clause.C5, "mailbox"),
  /** X2: the mailbox already has the maximum number of administrators; {@code mailbox}, {@code maximum}. */
  ADMINISTRATOR_LIMIT_REACHED(Clause.X2, "mailbox", "maximum"),
  /** C7: the person designated (or, D7, recovered) is not the KEP's current supervisor; {@code person}, {@code kep}. */
  INCOMING_NOT_CURRENT_SUPERVISOR(Clause.C7, "person", "kep"),
  /** C7: the person designated is already an administrator of the mailbox; {@code person}, {@code mailbox}. */
  ALREADY_ADMINISTRATOR(Clause.C7, "person", "mailbox"),
  /** C7: the person to deactivate is not an administrator of the mailbox; {@code person}, {@code mailbox}. */
  PERSON_NOT_AN_ADMINISTRATOR(Clause.C7, "person", "mailbox"),
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

  @Override
  public List<String> parameters() {
    return parameters;
  }
}
