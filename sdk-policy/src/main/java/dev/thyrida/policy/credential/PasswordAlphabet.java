package dev.thyrida.policy.credential;

/**
 * Which characters a password may hold beyond the required classes (αλφάβητο κωδικού, D1).
 * Both alphabets reject Greek characters with their own code.
 */
public enum PasswordAlphabet {
  /** D1 default: Latin letters, digits and the profile's specials only. */
  STRICT,
  /** D1 lenient: also the other printable ASCII characters, U+0020 (space) to U+007E. */
  LENIENT;

  /**
   * Whether this alphabet admits a code point that is not a letter, digit or special.
   *
   * @param codePoint the code point
   * @return true when the lenient alphabet admits it as other printable ASCII
   */
  boolean admitsOther(int codePoint) {
    return this == LENIENT && codePoint >= 0x20 && codePoint <= 0x7E;
  }
}
