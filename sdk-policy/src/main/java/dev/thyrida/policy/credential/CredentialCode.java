package dev.thyrida.policy.credential;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.decision.ViolationCode;
import java.util.List;

/**
 * The ways a service username or password (όνομα χρήστη, κωδικός) can break the credential rules:
 * the public contract of the credential checks. Each constant names the clause it enforces.
 */
public enum CredentialCode implements ViolationCode {
  /** K4: the username is null or empty; no other username code is then reported. */
  USERNAME_REQUIRED(Clause.K4, Names.NONE),
  /** K4: the username has fewer code points than the profile's minimum (8 by default). */
  USERNAME_TOO_SHORT(Clause.K4, Names.SHORT),
  /** D2: the username has more code points than the profile's maximum (64 by default). */
  USERNAME_TOO_LONG(Clause.D2, Names.LONG),
  /** K4: the username holds a code point of the Greek blocks (D3). */
  USERNAME_GREEK_CHARACTER(Clause.K4, Names.CHARACTERS),
  /** K4: the username holds a code point outside the profile's username alphabet, not Greek. */
  USERNAME_ILLEGAL_CHARACTER(Clause.K4, Names.CHARACTERS),
  /** D4: the username equals the employee's TAXISnet user id, ignoring case. */
  USERNAME_SAME_AS_TAXISNET(Clause.D4, Names.NONE),
  /** K5: the password is null or empty; no other password code is then reported. */
  PASSWORD_REQUIRED(Clause.K5, Names.NONE),
  /** K5: the password has fewer code points than the profile's minimum (8 by default). */
  PASSWORD_TOO_SHORT(Clause.K5, Names.SHORT),
  /** D2: the password has more code points than the profile's maximum (128 by default). */
  PASSWORD_TOO_LONG(Clause.D2, Names.LONG),
  /** K5: the password has no upper-case Latin letter {@code A–Z}. */
  PASSWORD_NO_UPPERCASE(Clause.K5, Names.NONE),
  /** K5: the password has no lower-case Latin letter {@code a–z}. */
  PASSWORD_NO_LOWERCASE(Clause.K5, Names.NONE),
  /** K5: the password has no digit {@code 0–9}. */
  PASSWORD_NO_DIGIT(Clause.K5, Names.NONE),
  /** K5: the password has none of the profile's special characters. */
  PASSWORD_NO_SPECIAL(Clause.K5, Names.SPECIALS),
  /** K5: the password holds a code point of the Greek blocks (D3). */
  PASSWORD_GREEK_CHARACTER(Clause.K5, Names.POSITIONS),
  /** K5: the password holds a code point outside the profile's password alphabet (D1), not Greek. */
  PASSWORD_ILLEGAL_CHARACTER(Clause.K5, Names.POSITIONS),
  /** K6: the confirmation differs from the password. */
  PASSWORD_CONFIRMATION_MISMATCH(Clause.K6, Names.NONE);

  private final Clause clause;
  private final List<String> parameters;

  CredentialCode(Clause clause, List<String> parameters) {
    this.clause = clause;
    this.parameters = parameters;
  }

  @Override
  public Clause clause() {
    return clause;
  }

  /**
   * The names of the parameters a violation with this code always carries, in order. A username
   * character code may also carry one hint, {@code lookalike} or {@code invisible} (see {@link #hints()}).
   *
   * @return the parameter names; empty when the code has none
   */
  public List<String> parameters() {
    return parameters;
  }

  /**
   * The optional hint parameters this code may carry; each selects a message variant keyed
   * {@code CODE.hint} (e.g. {@code USERNAME_GREEK_CHARACTER.lookalike}).
   *
   * @return {@code lookalike} and {@code invisible} for username character codes, else empty
   */
  public List<String> hints() {
    return parameters == Names.CHARACTERS ? Names.HINTS : List.of();
  }

  /** The parameter lists the codes share. */
  private static final class Names {
    static final List<String> NONE = List.of();
    static final List<String> SHORT = List.of("length", "minimum");
    static final List<String> LONG = List.of("length", "maximum");
    static final List<String> SPECIALS = List.of("specials");
    static final List<String> POSITIONS = List.of("count", "index", "position", "indexes");
    static final List<String> CHARACTERS =
        List.of("count", "index", "position", "codePoint", "name", "characters", "symbols");
    static final List<String> HINTS = List.of("lookalike", "invisible");
  }
}
