package dev.thyrida.policy.decide;

/**
 * The operating phase of the KEP mailboxes (φάση λειτουργίας, C8, C9): before production users may
 * practise with their personal TAXISnet credentials; in production they use service credentials.
 */
public enum Phase {
  /** Familiarisation before production (εξοικείωση): personal TAXISnet logins are accepted (C8). */
  FAMILIARISATION,
  /** Production (παραγωγική λειτουργία): only service credentials are accepted (C9). */
  PRODUCTION
}
