package dev.thyrida.policy.credential.strength;

/**
 * Estimates how many guesses a password costs an attacker (K7), in the manner of zxcvbn but small
 * and deterministic. A listed word costs log10 of ten times its rank, plus log10 2 for capitals and
 * for substitutions; a year 1900–2099 costs 2; a repeat or a step in a run ({@code aaa}, {@code abc},
 * {@code 321}) of r characters costs log10 2r in all; any other character costs log10 of the alphabet the password's classes
 * span, or, beside a word (the attacker is mangling a word), of its own class only. Never affects
 * validity; never throws; holds nothing of the password (D5). ADR 0025 gives the method's limits.
 */
public final class PasswordStrength {

  private static final double TWO = Math.log10(2);

  /** Only the first characters are read: far beyond the 128 of D2, and it keeps the cost bounded. */
  static final int READ = 256;

  private PasswordStrength() {}

  /**
   * Estimates a password's strength.
   *
   * @param password the password; null or empty is {@link Strength#WEAK} with 0
   * @return the level and the guesses (log10)
   */
  public static StrengthEstimate estimate(CharSequence password) {
    if (password == null || password.length() == 0) {
      return StrengthEstimate.of(0);
    }
    return StrengthEstimate.of(guesses(password.length() > READ ? password.subSequence(0, READ) : password));
  }

  private static double guesses(CharSequence password) {
    boolean mangling = Words.anyIn(password);
    double alphabet = Math.log10(cardinality(password));
    double guesses = 0;
    int run = 0;
    for (int i = 0; i < password.length(); ) {
      // A repeat or a run beats a word: "000000000000" is one run, not two listed words.
      boolean continuing = i > 0 && continues(password.charAt(i - 1), password.charAt(i));
      run = continuing ? run + 1 : 0;
      Words.Match word = continuing ? null : Words.longestAt(password, i);
      if (word != null) {
        guesses += word.guessesLog10();
        i += word.length();
      } else if (!continuing && isYear(password, i)) {
        guesses += 2;
        i += 4;
      } else {
        guesses += continuing ? runStep(run) : mangling ? Math.log10(classSize(password.charAt(i))) : alphabet;
        i++;
      }
    }
    return guesses;
  }

  /** A run of r repeats or steps costs log10(2r) in all: direction times length, as zxcvbn prices them. */
  private static double runStep(int run) {
    return run == 1 ? TWO : Math.log10(run) - Math.log10(run - 1);
  }

  private static boolean isYear(CharSequence text, int at) {
    if (at + 4 > text.length()) {
      return false;
    }
    for (int k = 0; k < 4; k++) {
      if (!Character.isDigit(text.charAt(at + k)) || text.charAt(at + k) > '9') {
        return false;
      }
    }
    String century = text.subSequence(at, at + 2).toString();
    return century.equals("19") || century.equals("20");
  }

  /** A repeat or a step of one in a run of letters or digits. */
  private static boolean continues(char before, char c) {
    int step = c - before;
    return step == 0 || (Math.abs(step) == 1 && Character.isLetterOrDigit(c) && Character.isLetterOrDigit(before));
  }

  private static int classSize(char c) {
    if (c >= '0' && c <= '9') {
      return 10;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return 26;
    }
    return c < 0x7F ? 33 : 100;
  }

  /** The size of the alphabet the password's classes span. */
  private static int cardinality(CharSequence password) {
    boolean[] seen = new boolean[101];
    int size = 0;
    for (int i = 0; i < password.length(); i++) {
      char c = password.charAt(i);
      int kind = classSize(c) + ((c >= 'A' && c <= 'Z') ? 1 : 0);
      if (!seen[kind]) {
        seen[kind] = true;
        size += classSize(c);
      }
    }
    return size;
  }
}
