package dev.thyrida.policy.audit;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.ViolationCode;
import java.util.List;

/**
 * What the audit can find (κωδικοί ευρημάτων): each with its clause, its severity and the names of
 * its parameters, in order.
 */
public enum FindingCode implements ViolationCode {
  /** C6: an ex-servant still holds a role ({@code role}: HANDLER, ADMINISTRATOR, AUTHORISATION, SERVICE_ACCOUNT, AGENCY_ADMINISTRATOR). */
  EX_SERVANT_HOLDS_ROLE(Clause.C6, Severity.CRITICAL, "person", "role", "where", "since"),
  /** D7: an active KEP mailbox has no administrator (only D6 can cause it; the Ministry recovers it). */
  MAILBOX_WITHOUT_ADMINISTRATOR(Clause.D7, Severity.CRITICAL, "mailbox", "kep"),
  /** X2: a mailbox has more administrators than the rules allow. */
  TOO_MANY_ADMINISTRATORS(Clause.X2, Severity.HIGH, "mailbox", "count", "maximum"),
  /** C3: a user of a mailbox is not eligible at its KEP now, for a reason other than an ended posting. */
  HANDLER_NOT_ELIGIBLE(Clause.C3, Severity.HIGH, "person", "mailbox", "kep", "reason"),
  /** D8: a user's transfer or placement at the KEP has ended and the assignment outlived it. */
  HANDLER_POSTING_ENDED(Clause.D8, Severity.HIGH, "person", "mailbox", "kep", "posting", "since"),
  /** C7: the KEP's current supervisor is not yet an administrator of a mailbox others administer. */
  HANDOVER_NOT_DESIGNATED(Clause.C7, Severity.HIGH, "person", "mailbox", "kep", "since"),
  /** C7: the incoming supervisor is administrator but has not deactivated the outgoing one. */
  HANDOVER_NOT_COMPLETED(Clause.C7, Severity.MEDIUM, "person", "mailbox", "kep", "since"),
  /** C10: a KEP mailbox is not activated though the KEP has a supervisor, who must do it at once. */
  MAILBOX_NOT_ACTIVATED(Clause.C10, Severity.HIGH, "mailbox", "kep", "person", "since"),
  /** C10: a KEP has a supervisor in office but no KEP mailbox at all, so it cannot go live as C1 requires. */
  KEP_WITHOUT_MAILBOX(Clause.C10, Severity.HIGH, "kep", "person", "since"),
  /** C1: a KEP with mailboxes has no supervisor in office, so nobody can activate or administer them. */
  KEP_WITHOUT_SUPERVISOR(Clause.C1, Severity.MEDIUM, "kep"),
  /** C7: the KEP's supervisor has lost public-servant status; HR should appoint a new one. */
  SUPERVISOR_STATUS_LOST(Clause.C7, Severity.HIGH, "person", "kep", "since"),
  /** C2: an active KEP mailbox has no users defined. */
  MAILBOX_WITHOUT_HANDLERS(Clause.C2, Severity.MEDIUM, "mailbox", "kep"),
  /** X3: a designation awaits the Ministry's approval. */
  DESIGNATION_AWAITING_APPROVAL(Clause.X3, Severity.LOW, "mailbox", "person", "since");

  private final Clause clause;
  private final Severity severity;
  private final List<String> parameters;

  FindingCode(Clause clause, Severity severity, String... parameters) {
    this.clause = clause;
    this.severity = severity;
    this.parameters = List.of(parameters);
  }

  @Override
  public Clause clause() {
    return clause;
  }

  /**
   * How urgent a finding with this code is.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * The names of the parameters a finding with this code carries, in order.
   *
   * @return the names
   */
  public List<String> parameters() {
    return parameters;
  }
}
