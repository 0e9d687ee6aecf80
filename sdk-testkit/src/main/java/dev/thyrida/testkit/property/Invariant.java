package dev.thyrida.testkit.property;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A labelled invariant, checked on the initial state and after every step. The label names the
 * rule and its clause, e.g. {@code "every handler is eligible (C3)"}, so a failure reads as the
 * rule it broke.
 *
 * @param label the rule, with its clause
 * @param holds the check: true when the state respects the rule
 * @param <S> the state type
 */
public record Invariant<S>(String label, Predicate<S> holds) {

  /**
   * Validates.
   *
   * @param label the rule, with its clause
   * @param holds the check
   */
  public Invariant {
    Objects.requireNonNull(label, "an invariant needs a label");
    if (label.isBlank()) {
      throw new IllegalArgumentException("an invariant needs a non-blank label");
    }
    Objects.requireNonNull(holds, "an invariant needs a check");
  }
}
