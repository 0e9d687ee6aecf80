package dev.thyrida.core.account;

import dev.thyrida.core.identity.Shape;

/**
 * A candidate password (συνθηματικό) as typed on the form, held only long enough to be checked
 * (K5, K6, D5). No password is ever stored in the directory or put in an event.
 *
 * <p>It never shows itself: {@link #toString()} prints a mask, and {@link #equals(Object)} compares
 * in time that depends only on the lengths, not on where the texts differ. Read the characters with
 * {@link #reveal()} only inside a check.
 */
public final class Password {

  /** What {@link #toString()} prints instead of the password. */
  public static final String MASK = "****";

  /** The password as typed; never printed. */
  private final String value;

  private Password(String value) {
    this.value = Shape.required("Password", "the password", value);
  }

  /**
   * Wraps a candidate password; any text is accepted, even empty (the rules are the policy's, K5).
   *
   * @param value the password as typed
   * @return the password
   * @throws dev.thyrida.core.identity.InvalidValueException when it is null
   */
  public static Password of(String value) {
    return new Password(value);
  }

  /**
   * The password's characters, for a rule that must look at them (K5, D1, D3); never print them.
   *
   * @return the password as typed
   */
  public String reveal() {
    return value;
  }

  /**
   * The password's length in code points (D2).
   *
   * @return the number of code points
   */
  public int codePointCount() {
    return value.codePointCount(0, value.length());
  }

  /**
   * Tells whether two passwords are equal, in time independent of where they differ (K6).
   *
   * @param other the other password
   * @return true when both hold the same characters
   */
  public boolean matches(Password other) {
    return other != null && constantTimeEquals(value, other.value);
  }

  private static boolean constantTimeEquals(String a, String b) {
    int longest = Math.max(a.length(), b.length());
    int difference = a.length() ^ b.length();
    for (int i = 0; i < longest; i++) {
      char x = i < a.length() ? a.charAt(i) : 0;
      char y = i < b.length() ? b.charAt(i) : 0;
      difference |= x ^ y;
    }
    return difference == 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Password && matches((Password) other);
  }

  /**
   * A constant: a hash of the characters would leak them; a password is not meant for hash keys.
   *
   * @return always the same number
   */
  @Override
  public int hashCode() {
    return 0x5EC2E7;
  }

  @Override
  public String toString() {
    return MASK;
  }
}
