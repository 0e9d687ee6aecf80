package dev.thyrida.core.kep;

/** What a mailbox (θυρίδα) serves (C1, L26-1, X1). */
public enum MailboxKind {
  /** A KEP's mailbox that receives citizens' requests (θυρίδα αιτημάτων ΚΕΠ, C1). */
  KEP_REQUESTS,
  /** A natural person's user mailbox (θυρίδα χρήστη, L26-1). */
  CITIZEN,
  /** An agency's mailbox (θυρίδα φορέα, X1 §3). */
  AGENCY
}
