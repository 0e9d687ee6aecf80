package dev.thyrida.policy.access;

/**
 * What a principal asks to do to a mailbox, a request or a document (ενέργεια, L26-3, X2).
 */
public enum Action {
  /**
   * Open a mailbox and read what it holds: a citizen their own mailbox or own document (L26-1); a
   * handler a KEP mailbox's request history (X2); an employee their agency's mailbox (X1 §3).
   */
  OPEN_MAILBOX,
  /** Submit a request to an active KEP mailbox, as a citizen (C1, L26-3). */
  SUBMIT_REQUEST,
  /** Take on, complete or reject a KEP mailbox's requests, as its handler (X2). */
  WORK_REQUESTS,
  /** Enrol, move or delete a KEP mailbox's handlers, as its administrator (C2, C5, X2). */
  MANAGE_HANDLERS,
  /** Assign a KEP mailbox's request to a specific handler, as its administrator (X2). */
  ASSIGN_REQUESTS
}
