package dev.thyrida.policy.credential;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.ViolationCode;

/**
 * The ways a service username or password (όνομα χρήστη, κωδικός) can break the credential rules:
 * the public contract of the credential checks. Each constant names the clause it enforces.
 */
public enum CredentialCode implements ViolationCode {
  /** K4: the username is null or empty; no other username code is then reported. */
  USERNAME_REQUIRED(Clause.K4),
  /** K4: the username has fewer code points than the profile's minimum (8 by default). */
  USERNAME_TOO_SHORT(Clause.K4),
  /** D2: the username has more code points than the profile's maximum (64 by default). */
  USERNAME_TOO_LONG(Clause.D2),
  /** K4: the username holds a code point of the Greek blocks (D3). */
  USERNAME_GREEK_CHARACTER(Clause.K4),
  /** K4: the username holds a code point outside the profile's username alphabet, not Greek. */
  USERNAME_ILLEGAL_CHARACTER(Clause.K4),
  /** D4: the username equals the employee's TAXISnet user id, ignoring case. */
  USERNAME_SAME_AS_TAXISNET(Clause.D4),
  /** K5: the password is null or empty; no other password code is then reported. */
  PASSWORD_REQUIRED(Clause.K5),
  /** K5: the password has fewer code points than the profile's minimum (8 by default). */
  PASSWORD_TOO_SHORT(Clause.K5),
  /** D2: the password has more code points than the profile's maximum (128 by default). */
  PASSWORD_TOO_LONG(Clause.D2),
  /** K5: the password has no upper-case Latin letter {@code A–Z}. */
  PASSWORD_NO_UPPERCASE(Clause.K5),
  /** K5: the password has no lower-case Latin letter {@code a–z}. */
  PASSWORD_NO_LOWERCASE(Clause.K5),
  /** K5: the password has no digit {@code 0–9}. */
  PASSWORD_NO_DIGIT(Clause.K5),
  /** K5: the password has none of the profile's special characters. */
  PASSWORD_NO_SPECIAL(Clause.K5),
  /** K5: the password holds a code point of the Greek blocks (D3). */
  PASSWORD_GREEK_CHARACTER(Clause.K5),
  /** K5: the password holds a code point outside the profile's password alphabet (D1), not Greek. */
  PASSWORD_ILLEGAL_CHARACTER(Clause.K5),
  /** K6: the confirmation differs from the password. */
  PASSWORD_CONFIRMATION_MISMATCH(Clause.K6);

  private final Clause clause;

  CredentialCode(Clause clause) {
    this.clause = clause;
  }

  @Override
  public Clause clause() {
    return clause;
  }
}
