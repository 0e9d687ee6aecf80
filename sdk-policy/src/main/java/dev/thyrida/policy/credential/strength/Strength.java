package dev.thyrida.policy.credential.strength;

/** The four levels of password strength the form shows (ισχύς κωδικού, K7). */
public enum Strength {
  /** Fewer than 10^6 guesses: falls to an online attack. */
  WEAK,
  /** 10^6 to 10^8 guesses: survives throttled online guessing only. */
  FAIR,
  /** 10^8 to 10^10 guesses: resists online guessing; a fast offline attack still wins. */
  GOOD,
  /** 10^10 guesses or more. */
  STRONG;

  /**
   * The level of an estimate of guesses.
   *
   * @param guessesLog10 log10 of the guesses an attacker needs
   * @return the level
   */
  public static Strength of(double guessesLog10) {
    if (guessesLog10 < 6) {
      return WEAK;
    }
    if (guessesLog10 < 8) {
      return FAIR;
    }
    return guessesLog10 < 10 ? GOOD : STRONG;
  }
}
