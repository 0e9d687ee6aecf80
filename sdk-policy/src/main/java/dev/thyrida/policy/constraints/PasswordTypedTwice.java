package dev.thyrida.policy.constraints;

/**
 * A form holding a new password and the same password typed again (επιβεβαίωση νέου κωδικού, K6),
 * as {@link PasswordConfirmation} reads it: through this interface, never by reflection, so the
 * form's package need not be opened to Thyrida. A form holding {@code char[]} answers with
 * {@code java.nio.CharBuffer.wrap(…)}, which copies nothing.
 */
public interface PasswordTypedTwice {

  /**
   * The new password.
   *
   * @return the new password; null when absent
   */
  CharSequence newPassword();

  /**
   * The new password typed again.
   *
   * @return the confirmation; null when absent
   */
  CharSequence newPasswordAgain();
}
