package dev.thyrida.core.identity;

import java.util.Locale;

/**
 * The username of a public-administration service account (όνομα χρήστη Κωδικών Δημόσιας
 * Διοίκησης, K3, K4).
 *
 * <p>Only the shape is checked here: not empty, no control characters, at most 1,024 code points.
 * The username rules (length, alphabet, K4, X4, D2) belong to the credential policy, which reports
 * each broken rule with its own code; this bound only keeps absurd input out of the model.
 *
 * @param value the username as typed
 */
public record ServiceUsername(String value) {

  /** The longest username the model holds, in code points (far above any profile's bound, D2). */
  public static final int MAX_LENGTH = 1024;

  /**
   * Validates the shape.
   *
   * @param value the username as typed
   * @throws InvalidValueException when it is null, empty, too long or has control characters
   */
  public ServiceUsername {
    Shape.bounded("ServiceUsername", "the username", value, MAX_LENGTH);
  }

  /**
   * Parses a username.
   *
   * @param value the username as typed
   * @return the username
   * @throws InvalidValueException as the constructor does
   */
  public static ServiceUsername of(String value) {
    return new ServiceUsername(value);
  }

  /**
   * The username folded for the case-insensitive uniqueness of D4 ({@link Locale#ROOT} lower case).
   *
   * @return the folded username
   */
  public String folded() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
