package dev.thyrida.bench.race;

import java.util.SplittableRandom;

/**
 * The seeded credential corpora every contender judges: 10,000 passwords and 10,000 usernames, half
 * valid under the default profile (K4, K5), half broken in one or two ways (too short or long, a
 * class missing, a Greek letter, another illegal character). All in the Basic Multilingual Plane:
 * Passay counts UTF-16 units and Thyrida code points, which differ only beyond it. No empty input:
 * Thyrida answers it with its own code (PASSWORD_REQUIRED), Passay with the length and class rules.
 */
final class Corpus {

  static final int SIZE = 10_000;
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String SPECIALS = "!@#$^&-_.";
  static final String GREEK = "αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩάέήίόύώ";
  static final String ILLEGAL = " %~é€ü*()+=?/\\\"'`;:,<>[]{}|ñ\t";

  private Corpus() {}

  /** The password corpus, even indexes valid. */
  static String[] passwords(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] corpus = new String[SIZE];
    for (int i = 0; i < SIZE; i++) {
      corpus[i] = i % 2 == 0 ? validPassword(random) : brokenPassword(random);
    }
    return corpus;
  }

  /** The username corpus, even indexes valid. */
  static String[] usernames(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] corpus = new String[SIZE];
    String allowed = UPPER + LOWER + DIGITS + "_";
    for (int i = 0; i < SIZE; i++) {
      if (i % 2 == 0) {
        corpus[i] = draw(random, allowed, 8 + random.nextInt(13));
        continue;
      }
      int flaw = random.nextInt(4);
      String text = draw(random, allowed, flaw == 0 ? 1 + random.nextInt(7) : flaw == 1 ? 65 + random.nextInt(20)
          : 8 + random.nextInt(13));
      corpus[i] = flaw == 2 ? insert(random, text, GREEK) : flaw == 3 ? insert(random, text, ILLEGAL)
          : random.nextInt(4) == 0 ? insert(random, text, random.nextBoolean() ? GREEK : ILLEGAL) : text;
    }
    return corpus;
  }

  private static String validPassword(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    text.append(pick(random, UPPER)).append(pick(random, LOWER)).append(pick(random, DIGITS))
        .append(pick(random, SPECIALS));
    text.append(draw(random, UPPER + LOWER + DIGITS + SPECIALS + LOWER, 4 + random.nextInt(13)));
    return shuffle(random, text);
  }

  private static String brokenPassword(SplittableRandom random) {
    String text = validPassword(random);
    int flaws = random.nextInt(4) == 0 ? 2 : 1;
    for (int f = 0; f < flaws; f++) {
      switch (random.nextInt(5)) {
        case 0: text = text.substring(0, Math.min(text.length(), 1 + random.nextInt(7))); break;
        case 1: text = text + draw(random, LOWER + DIGITS, 129); break;
        case 2: text = without(text, new String[] {UPPER, LOWER, DIGITS, SPECIALS}[random.nextInt(4)]); break;
        case 3: text = insert(random, text, GREEK); break;
        default: text = insert(random, text, ILLEGAL);
      }
    }
    return text.isEmpty() ? "x" : text;
  }

  private static String without(String text, String kind) {
    StringBuilder kept = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (kind.indexOf(c) < 0) {
        kept.append(c);
      }
    }
    return kept.length() == 0 ? "#" : kept.toString();
  }

  private static String insert(SplittableRandom random, String text, String from) {
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + pick(random, from) + text.substring(at);
  }

  static String draw(SplittableRandom random, String from, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(pick(random, from));
    }
    return text.toString();
  }

  static char pick(SplittableRandom random, String from) {
    return from.charAt(random.nextInt(from.length()));
  }

  private static String shuffle(SplittableRandom random, StringBuilder text) {
    for (int i = text.length() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      char c = text.charAt(i);
      text.setCharAt(i, text.charAt(j));
      text.setCharAt(j, c);
    }
    return text.toString();
  }
}
