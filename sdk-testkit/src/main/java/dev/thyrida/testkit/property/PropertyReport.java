package dev.thyrida.testkit.property;

/**
 * What a passing check did: its seed, runs, and coverage.
 *
 * @param seed the seed of the first run
 * @param runs how many runs
 * @param stepsPerRun the steps drawn in each run
 * @param coverage the labels earned, over all steps
 */
public record PropertyReport(long seed, int runs, int stepsPerRun, Coverage coverage) {}
