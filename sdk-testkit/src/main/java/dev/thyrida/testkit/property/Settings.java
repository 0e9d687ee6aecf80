package dev.thyrida.testkit.property;

import java.util.SplittableRandom;

/**
 * Runs, steps and seed of one check: a system property wins over what the test set, which wins over
 * the default, so that a build profile can scale every property up (the "million steps" profile:
 * {@code -Dthyrida.stateful.runs=1000 -Dthyrida.stateful.steps=1000}) and a failure can be
 * reproduced from its printed seed. A seed the test did not set comes from the system property
 * {@code thyrida.stateful.defaultSeed} when it holds a number (the build sets one, so CI is
 * reproducible: ADR 0006), else from a fresh random seed. Internal.
 */
record Settings(int runs, int steps, long seed) {

  static final String RUNS = "thyrida.stateful.runs";
  static final String STEPS = "thyrida.stateful.steps";
  static final String SEED = "thyrida.stateful.seed";
  static final String DEFAULT_SEED = "thyrida.stateful.defaultSeed";

  static Settings resolve(Integer runs, Integer steps, Long seed) {
    return new Settings(
        positive(RUNS, Integer.getInteger(RUNS, runs == null ? 100 : runs)),
        positive(STEPS, Integer.getInteger(STEPS, steps == null ? 50 : steps)),
        Long.getLong(SEED, seed == null ? defaultSeed() : seed));
  }

  private static long defaultSeed() {
    return Long.getLong(DEFAULT_SEED, new SplittableRandom().nextLong());
  }

  private static int positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive, not " + value);
    }
    return value;
  }

  /** The seed of the run after the one with the given seed; run 1 uses the base seed itself. */
  static long next(long seed) {
    return new SplittableRandom(seed).nextLong();
  }

  String reproduce(long runSeed) {
    return "-D" + SEED + "=" + runSeed + " -D" + RUNS + "=1 -D" + STEPS + "=" + steps;
  }
}
