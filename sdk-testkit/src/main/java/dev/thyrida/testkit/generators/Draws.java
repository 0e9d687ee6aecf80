package dev.thyrida.testkit.generators;

import java.util.SplittableRandom;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** A source of bounded whole numbers: QuickTheories' randomness (so it shrinks) or a seeded random. */
@FunctionalInterface
interface Draws {

  /** A number from {@code low} to {@code high}, both included. */
  int between(int low, int high);

  /** A character of a non-empty text. */
  default char pick(CharSequence text) {
    return text.charAt(between(0, text.length() - 1));
  }

  static Draws of(RandomnessSource source) {
    return (low, high) -> (int) source.next(Constraint.between(low, high));
  }

  static Draws of(SplittableRandom random) {
    return (low, high) -> random.nextInt(low, high + 1);
  }
}
