package dev.thyrida.policy.credential;

/**
 * K6: whether the confirmation equals the password, in time that depends only on the password's
 * length, never on where the two differ.
 */
final class Confirmation {

  private Confirmation() {}

  static boolean matches(CharSequence password, CharSequence confirmation) {
    int difference = password.length() ^ confirmation.length();
    int confirmationLength = Math.max(1, confirmation.length());
    for (int i = 0; i < password.length(); i++) {
      char other = confirmation.length() == 0 ? 0 : confirmation.charAt(i % confirmationLength);
      difference |= password.charAt(i) ^ other;
    }
    return difference == 0;
  }
}
