package dev.thyrida.policy.credential;

/**
 * The password rules beyond K5 a profile may switch on (D11; X4, X10), each off by default. They
 * need what a form does not hold (the person, the previous passwords, the host's list), so they are
 * judged by {@code dev.thyrida.policy.credential.hygiene.Hygiene} with a context the host passes.
 */
public enum PasswordHygiene {
  /** Not the username, the TAXISnet user id, the tax id or a name (also in ELOT 743), ignoring case. */
  NO_PERSONAL_DATA,
  /** Not one of the previous passwords, whose hashes the host passes. */
  NO_REUSE,
  /** Not on the deny-list the host supplies, ignoring case. */
  NOT_DENIED
}
