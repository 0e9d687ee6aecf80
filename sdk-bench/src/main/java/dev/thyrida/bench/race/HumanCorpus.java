package dev.thyrida.bench.race;

import java.util.SplittableRandom;

/**
 * A seeded corpus of human-style passwords, the kind zxcvbn was built for: common words and names
 * with digits and specials, keyboard walks, dates, leetspeak, and Greek words and names written in
 * Latin letters (Greeklish), which zxcvbn's lists do not hold.
 */
final class HumanCorpus {

  static final int SIZE = 2_000;
  private static final String[] WORDS = {"password", "dragon", "monkey", "sunshine", "princess", "football",
      "shadow", "master", "summer", "welcome", "freedom", "flower", "secret", "love", "hello", "letmein"};
  private static final String[] NAMES = {"michael", "jennifer", "daniel", "jessica", "thomas", "ashley",
      "robert", "george", "anna", "peter"};
  private static final String[] GREEKLISH = {"kalimera", "agapi", "eleni", "giorgos", "kostas", "maria",
      "dimitris", "nikos", "panathinaikos", "olympiakos", "thessaloniki", "ellada", "spiti", "thalassa",
      "katerina", "vasilis", "efharisto", "paok", "aek", "yiayia", "sofia", "ioanna", "christos"};
  private static final String[] WALKS = {"qwerty", "asdfgh", "zxcvbn", "1qaz2wsx", "qwertyuiop", "123456",
      "1q2w3e4r", "asdf1234", "poiuyt", "qazwsx"};
  private static final String SPECIALS = "!@#$.";

  private HumanCorpus() {}

  /** The corpus. */
  static String[] passwords(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] corpus = new String[SIZE];
    for (int i = 0; i < SIZE; i++) {
      corpus[i] = one(random);
    }
    return corpus;
  }

  private static String one(SplittableRandom random) {
    switch (random.nextInt(6)) {
      case 0: return decorate(random, pick(random, WORDS));
      case 1: return decorate(random, pick(random, NAMES));
      case 2: return decorate(random, pick(random, GREEKLISH));
      case 3: return pick(random, WALKS) + (random.nextBoolean() ? "" : Integer.toString(random.nextInt(100)));
      case 4: return String.format("%02d%02d%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
          1950 + random.nextInt(60)) + (random.nextBoolean() ? pick(random, NAMES) : "");
      default: return leet(decorate(random, pick(random, random.nextBoolean() ? WORDS : GREEKLISH)));
    }
  }

  private static String decorate(SplittableRandom random, String word) {
    String text = random.nextBoolean() ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    switch (random.nextInt(4)) {
      case 0: return text + random.nextInt(10);
      case 1: return text + (1960 + random.nextInt(60));
      case 2: return text + random.nextInt(1000) + SPECIALS.charAt(random.nextInt(SPECIALS.length()));
      default: return text + "123";
    }
  }

  private static String leet(String text) {
    return text.replace('a', '@').replace('o', '0').replace('e', '3').replace('i', '1').replace('s', '$');
  }

  private static String pick(SplittableRandom random, String[] from) {
    return from[random.nextInt(from.length)];
  }
}
