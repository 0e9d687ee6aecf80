package dev.thyrida.core.account;

/** Whether a service account may be used (κατάσταση λογαριασμού, K3). */
public enum AccountState {
  /** In use. */
  ACTIVE,
  /** Suspended, e.g. after the holder lost public-servant status (C6, D6). */
  SUSPENDED
}
