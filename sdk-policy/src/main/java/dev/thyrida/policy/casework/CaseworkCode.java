package dev.thyrida.policy.casework;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.ViolationCode;

/**
 * The stable codes of refused requests and documents (κωδικοί διεκπεραίωσης), each with its clause.
 * Who may act at all is judged by the access function and reported with {@code AccessCode} codes.
 */
public enum CaseworkCode implements ViolationCode {
  /** A request with this id was already submitted (X2). */
  REQUEST_EXISTS(Clause.X2),
  /** The request is completed or rejected: no further work is done on it (X2). */
  REQUEST_CLOSED(Clause.X2),
  /** The request is already taken on by a handler: an administrator may reassign it (X2). */
  REQUEST_ALREADY_TAKEN(Clause.X2),
  /** A request is assigned only to a handler of the mailbox it was sent to (X2). */
  ASSIGNEE_NOT_A_HANDLER(Clause.X2),
  /** Only the handler the request is assigned to completes or rejects it (X2). */
  NOT_THE_ASSIGNED_HANDLER(Clause.X2),
  /** A document with this id is already in a mailbox (L26-1). */
  DOCUMENT_EXISTS(Clause.L26_1),
  /** An agency sends a public document only in answer to a request of that person (L26-2). */
  NO_MATCHING_REQUEST(Clause.L26_2),
  /** The request answered is another person's (L26-2). */
  REQUEST_OF_ANOTHER_PERSON(Clause.L26_2),
  /** The request answered was rejected: no document answers it (L26-2). */
  REQUEST_REJECTED(Clause.L26_2),
  /** Only an employee of the agency places the agency's documents (L26-2). */
  NOT_OF_THE_AGENCY(Clause.L26_2),
  /** Only a person issues their own documents into their own mailbox (L26-1). */
  NOT_A_PERSON(Clause.L26_1),
  /** A retention is extended only to a later instant than the current one (X1). */
  RETENTION_NOT_LONGER(Clause.X1),
  /** A retention is extended to at most the longest term from issue, 5 years by default (X1). */
  RETENTION_TOO_LONG(Clause.X1),
  /** The document is already due for deletion (X1). */
  DOCUMENT_EXPIRED(Clause.X1);

  private final Clause clause;

  CaseworkCode(Clause clause) {
    this.clause = clause;
  }

  @Override
  public Clause clause() {
    return clause;
  }
}
