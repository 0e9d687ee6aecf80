package dev.thyrida.core.kep;

/** Whether a mailbox is in use (κατάσταση θυρίδας): the supervisor activates a KEP's (C1, C10). */
public enum MailboxState {
  /** Created, not yet activated. */
  INACTIVE,
  /** Activated and in use. */
  ACTIVE
}
