package dev.thyrida.testkit.property;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One step of a stateful property: a described command with its arguments already drawn, a
 * precondition on the state it applies to, and the transition it makes.
 *
 * <p>An action is a value: it is drawn once and then replayed, unchanged, while a failing sequence
 * is shrunk. When a shrunk sequence reaches an action in a state where its precondition no longer
 * holds, the runner skips it (as QuickCheck state machines do).
 *
 * @param <S> the state the action applies to
 */
public interface Action<S> {

  /**
   * How the step reads in a failure story, e.g. {@code "handover(a->b)"}.
   *
   * @return the description, with the drawn arguments
   */
  String description();

  /**
   * Whether the action makes sense in the given state; a replay skips it when not.
   *
   * @param state the state before the step
   * @return true when the action may be applied
   */
  default boolean precondition(S state) {
    return true;
  }

  /**
   * Applies the action.
   *
   * @param state the state before the step
   * @return the state after the step, with the coverage labels the step earned
   */
  Transition<S> apply(S state);

  /**
   * An action that always applies.
   *
   * @param description how the step reads in a failure story
   * @param effect the transition it makes
   * @param <S> the state type
   * @return the action
   */
  static <S> Action<S> of(String description, Function<S, Transition<S>> effect) {
    return of(description, state -> true, effect);
  }

  /**
   * An action with a precondition.
   *
   * @param description how the step reads in a failure story
   * @param precondition when the action may be applied
   * @param effect the transition it makes
   * @param <S> the state type
   * @return the action
   */
  static <S> Action<S> of(
      String description, Predicate<S> precondition, Function<S, Transition<S>> effect) {
    return new DescribedAction<>(description, precondition, effect);
  }
}
