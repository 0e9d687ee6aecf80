package dev.thyrida.policy.audit;

/** How urgent a finding is (σοβαρότητα), most urgent first. */
public enum Severity {
  /** A right held against the rules, or a mailbox nobody may administer: act now (C6, D7). */
  CRITICAL,
  /** A rule broken that the supervisor must fix at once (C3, C7, C10, X2, D8). */
  HIGH,
  /** A duty not yet done (C1, C2). */
  MEDIUM,
  /** Something waiting on someone, within the rules (X3). */
  LOW
}
