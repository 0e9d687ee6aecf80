package dev.thyrida.policy.credential.strength;

/** Finds the listed words in a password, longest match first, with what each costs. */
final class Words {

  private Words() {}

  /**
   * One listed word found in a password.
   *
   * @param length how many characters it covers
   * @param guessesLog10 what it costs: ten times its rank, doubled for capitals and for substitutions
   */
  record Match(int length, double guessesLog10) {}

  /** Whether any listed word occurs in the password. */
  static boolean anyIn(CharSequence password) {
    for (int i = 0; i < password.length(); i++) {
      if (longestAt(password, i) != null) {
        return true;
      }
    }
    return false;
  }

  /** The longest listed word starting at an index, or null. */
  static Match longestAt(CharSequence password, int at) {
    Match longest = null;
    for (int rank = 0; rank < CommonWords.WORDS.size(); rank++) {
      String word = CommonWords.WORDS.get(rank);
      if ((longest == null || word.length() > longest.length()) && matchesAt(password, at, word)) {
        longest = new Match(word.length(), 1 + Math.log10(rank + 1) + variations(password, at, word));
      }
    }
    return longest;
  }

  private static double variations(CharSequence password, int at, String word) {
    boolean capitals = false;
    boolean substituted = false;
    for (int k = 0; k < word.length(); k++) {
      char c = password.charAt(at + k);
      capitals |= Character.isUpperCase(c);
      substituted |= Character.toLowerCase(c) != word.charAt(k);
    }
    return ((capitals ? 1 : 0) + (substituted ? 1 : 0)) * Math.log10(2);
  }

  private static boolean matchesAt(CharSequence password, int at, String word) {
    if (at + word.length() > password.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = password.charAt(at + k);
      if (Character.toLowerCase(c) != word.charAt(k) && CommonWords.plain(c) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
