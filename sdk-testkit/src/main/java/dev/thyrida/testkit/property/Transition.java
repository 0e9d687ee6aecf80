package dev.thyrida.testkit.property;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one applied action: the state after it and the coverage labels it earned (e.g.
 * {@code "AddHandler accepted"}), which {@link StatefulProperty#requireCoverage} counts.
 *
 * @param state the state after the step (the same instance for a mutable system)
 * @param labels coverage labels of the step, possibly none
 * @param <S> the state type
 */
public record Transition<S>(S state, List<String> labels) {

  /**
   * Validates and copies.
   *
   * @param state the state after the step
   * @param labels coverage labels of the step
   */
  public Transition {
    Objects.requireNonNull(state, "a transition needs the state after the step");
    labels = List.copyOf(labels);
  }

  /**
   * A transition to a state, with labels.
   *
   * @param state the state after the step
   * @param labels coverage labels of the step
   * @param <S> the state type
   * @return the transition
   */
  public static <S> Transition<S> to(S state, String... labels) {
    return new Transition<>(state, List.of(labels));
  }
}
