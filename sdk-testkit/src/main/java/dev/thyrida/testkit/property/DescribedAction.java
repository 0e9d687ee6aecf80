package dev.thyrida.testkit.property;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/** The action built by {@link Action#of}: a description and two functions. Internal. */
final class DescribedAction<S> implements Action<S> {

  private final String description;
  private final Predicate<S> precondition;
  private final Function<S, Transition<S>> effect;

  DescribedAction(String description, Predicate<S> precondition, Function<S, Transition<S>> effect) {
    this.description = Objects.requireNonNull(description, "an action needs a description");
    this.precondition = Objects.requireNonNull(precondition, "precondition is required");
    this.effect = Objects.requireNonNull(effect, "effect is required");
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public boolean precondition(S state) {
    return precondition.test(state);
  }

  @Override
  public Transition<S> apply(S state) {
    return Objects.requireNonNull(effect.apply(state), () -> description + " returned no transition");
  }

  @Override
  public String toString() {
    return description;
  }
}
