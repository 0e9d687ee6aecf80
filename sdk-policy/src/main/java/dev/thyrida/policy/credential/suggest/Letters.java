package dev.thyrida.policy.credential.suggest;

/**
 * Decomposed text as base letters (lower case) with their case, accent and diaeresis: combining
 * marks are folded into the letter before them, so the digraph rules see letters only.
 */
final class Letters {

  private final StringBuilder bases = new StringBuilder();
  private final StringBuilder flags = new StringBuilder();

  private static final char UPPER = 1;
  private static final char ACCENT = 2;
  private static final char DIAERESIS = 4;

  private Letters() {}

  /** Folds NFD text: a combining diaeresis marks its letter; any other combining mark is an accent. */
  static Letters of(String decomposed) {
    Letters letters = new Letters();
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        letters.mark(c == '\u0308' ? DIAERESIS : ACCENT);
      } else {
        letters.bases.append(Character.toLowerCase(c));
        letters.flags.append(Character.isUpperCase(c) ? UPPER : (char) 0);
      }
    }
    return letters;
  }

  private void mark(char flag) {
    if (flags.length() > 0) {
      flags.setCharAt(flags.length() - 1, (char) (flags.charAt(flags.length() - 1) | flag));
    }
  }

  int size() {
    return bases.length();
  }

  /** The base letter at i, or a space beyond either end. */
  char base(int i) {
    return i < 0 || i >= bases.length() ? ' ' : bases.charAt(i);
  }

  /** Whether the vowel at i and the next one form a digraph: no accent on the first, no diaeresis on the second. */
  boolean joins(int i) {
    return (flags.charAt(i) & ACCENT) == 0 && (flags.charAt(i + 1) & DIAERESIS) == 0;
  }

  /** Whether position i is outside a word (beyond the text, or not a letter). */
  boolean isWordEdge(int i) {
    return !Character.isLetter(base(i));
  }

  /**
   * Gives the Latin written from the letter at i its case: all capitals inside a word in capitals,
   * else a capital first letter when the source letter was one.
   */
  void applyCase(StringBuilder out, int start, int i) {
    if ((flags.charAt(i) & UPPER) == 0 || start >= out.length()) {
      return;
    }
    boolean wordInCapitals = isUpper(i - 1) || isUpper(i + 1);
    for (int k = start; k < (wordInCapitals ? out.length() : start + 1); k++) {
      out.setCharAt(k, Character.toUpperCase(out.charAt(k)));
    }
  }

  private boolean isUpper(int i) {
    return i >= 0 && i < flags.length() && Character.isLetter(bases.charAt(i)) && (flags.charAt(i) & UPPER) != 0;
  }
}
