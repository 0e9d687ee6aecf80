/**
 * The race (issue 12): Thyrida beside the peers an integrator would otherwise use (Passay, a plain
 * regex, Hibernate Validator with a plain constraint, jCasbin, zxcvbn4j) and beside the practical
 * limit (a hand-written single pass, a HashMap), on the same seeded corpora. {@link
 * dev.thyrida.bench.race.Agreement} checks every contender answers as Thyrida does before anything
 * is timed; {@link dev.thyrida.bench.race.Race} runs the quick pass and prints the ratio table.
 */
package dev.thyrida.bench.race;
