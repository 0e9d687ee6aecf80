package dev.thyrida.policy.governance;

/** Why a person is not eligible as a user of a KEP's mailbox at an instant (λόγος μη επιλεξιμότητας, C3, C6, D8). */
public enum Ineligibility {
  /** The person is not a registered employee (C3). */
  NOT_REGISTERED,
  /** The person has lost public-servant status (C6). */
  STATUS_LOST,
  /** The person has no posting at that KEP, past or present (C3). */
  NO_POSTING_AT_KEP,
  /** The person's postings at that KEP were not valid then: ended, or not yet begun (C3, D8). */
  POSTING_NOT_VALID_THEN,
  /** A posting valid then does not match C3's cases: organic or transfer for KEP staff, placement for other municipal staff. */
  BRANCH_DOES_NOT_MATCH_BASIS
}
