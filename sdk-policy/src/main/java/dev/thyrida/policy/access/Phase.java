package dev.thyrida.policy.access;

/** Placeholder until the governance kernel's phase lands (C8, C9). */
public enum Phase {
  /** Familiarisation (C8). */
  FAMILIARISATION,
  /** Production (C9). */
  PRODUCTION
}
