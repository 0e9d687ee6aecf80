/**
 * A stateful property runner: actions drawn from the current state with a seeded
 * {@link java.util.SplittableRandom}, labelled invariants checked after every step, coverage
 * labels with required minimum shares, and a sound delta-debugging shrinker that reduces a failing
 * action sequence to a minimal story (ADR 0003, ADR 0030).
 *
 * <p>API (experimental until 1.0: names may still change). Entry point:
 * {@link dev.thyrida.testkit.property.StatefulProperty}.
 */
package dev.thyrida.testkit.property;
