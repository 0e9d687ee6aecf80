package dev.thyrida.bench.race;

import java.util.Arrays;
import java.util.function.Predicate;

/** What the races' setups share: the corpus's parts and the agreement, checked once per JVM. */
final class Races {

  private static boolean credentialsAgree;
  private static boolean accessAgrees;

  private Races() {}

  /** The part of a corpus a benchmark runs on: mixed (all), valid or invalid. */
  static String[] part(String[] corpus, String part, Predicate<String> valid) {
    switch (part) {
      case "mixed": return corpus;
      case "valid": return Arrays.stream(corpus).filter(valid).toArray(String[]::new);
      case "invalid": return Arrays.stream(corpus).filter(valid.negate()).toArray(String[]::new);
      default: throw new IllegalArgumentException("no such part: " + part);
    }
  }

  /** Refuses to time anything when a credential contender disagrees. */
  static synchronized void agreeOnCredentials() {
    if (!credentialsAgree && Agreement.credentials(System.out) != 0) {
      throw new IllegalStateException("a credential contender disagrees with Thyrida: not timed");
    }
    credentialsAgree = true;
  }

  /** Refuses to time anything when an access contender disagrees. */
  static synchronized void agreeOnAccess(AccessCorpus corpus) {
    if (!accessAgrees && Agreement.access(corpus, false, System.out) != 0) {
      throw new IllegalStateException("an access contender disagrees with Thyrida: not timed");
    }
    accessAgrees = true;
  }
}
