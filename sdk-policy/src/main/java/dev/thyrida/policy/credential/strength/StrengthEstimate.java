package dev.thyrida.policy.credential.strength;

import dev.thyrida.core.identity.InvalidValueException;

/**
 * A password strength estimate (K7): the level and the guesses behind it. Holds no password (D5).
 *
 * @param strength the level shown
 * @param guessesLog10 log10 of the estimated guesses, at least 0
 */
public record StrengthEstimate(Strength strength, double guessesLog10) {

  /**
   * Checks the estimate's shape.
   *
   * @param strength the level shown
   * @param guessesLog10 log10 of the estimated guesses
   */
  public StrengthEstimate {
    if (strength == null) {
      throw new InvalidValueException("StrengthEstimate", "strength is required");
    }
    if (!(guessesLog10 >= 0)) {
      throw new InvalidValueException("StrengthEstimate", "guessesLog10 must be a number at least 0");
    }
  }

  /**
   * The estimate for a number of guesses.
   *
   * @param guessesLog10 log10 of the guesses
   * @return the estimate with its level
   */
  public static StrengthEstimate of(double guessesLog10) {
    return new StrengthEstimate(Strength.of(guessesLog10), guessesLog10);
  }
}
