package dev.thyrida.policy.casework;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.ViolationCode;
import java.util.List;

/**
 * The stable codes of refused requests and documents (κωδικοί διεκπεραίωσης), each with its one
 * clause and the names of its parameters. Who may act at all is judged by the access rules and
 * reported with {@code AccessCode} codes.
 */
public enum CaseworkCode implements ViolationCode {
  /** X2: a request with this id was already submitted; {@code request}. */
  REQUEST_EXISTS(Clause.X2, "request"),
  /** X2: the request is completed or rejected: no further work is done on it; {@code request}. */
  REQUEST_CLOSED(Clause.X2, "request"),
  /** X2: the request is already taken on by a handler, {@code person}: an administrator may reassign it; {@code request}, {@code person}. */
  REQUEST_ALREADY_TAKEN(Clause.X2, "request", "person"),
  /** X2: a request is assigned only to a handler of the mailbox it was sent to; {@code mailbox}, {@code person}. */
  ASSIGNEE_NOT_A_HANDLER(Clause.X2, "mailbox", "person"),
  /** X2: only the handler the request is assigned to completes or rejects it; {@code request}. */
  NOT_THE_ASSIGNED_HANDLER(Clause.X2, "request"),
  /** L26-1: a document with this id is already in a mailbox; {@code document}. */
  DOCUMENT_EXISTS(Clause.L26_1, "document"),
  /** L26-2: the request answered is another person's than the document's holder, {@code person}; {@code request}, {@code person}. */
  REQUEST_OF_ANOTHER_PERSON(Clause.L26_2, "request", "person"),
  /** L26-2: the request answered was rejected: no document answers it; {@code request}. */
  REQUEST_REJECTED(Clause.L26_2, "request"),
  /** X1: a retention is extended only to a later instant than the current one; {@code document}, {@code current}. */
  RETENTION_NOT_LONGER(Clause.X1, "document", "current"),
  /** X1: a retention is extended to at most the longest term from issue, 5 years by default; {@code document}, {@code latest}. */
  RETENTION_TOO_LONG(Clause.X1, "document", "latest"),
  /** X1: the document is already due for deletion; {@code document}, {@code due}. */
  DOCUMENT_EXPIRED(Clause.X1, "document", "due");

  private final Clause clause;
  private final List<String> parameters;

  CaseworkCode(Clause clause, String... parameters) {
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
