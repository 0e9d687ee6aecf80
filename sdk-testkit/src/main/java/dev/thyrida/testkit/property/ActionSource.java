package dev.thyrida.testkit.property;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Draws the next action from the CURRENT state, so that most drawn commands are meaningful (a
 * handover names handlers that exist). Must draw only from the given random source, so that a seed
 * reproduces the sequence.
 *
 * @param <S> the state type
 */
@FunctionalInterface
public interface ActionSource<S> {

  /**
   * Draws an action.
   *
   * @param state the current state
   * @param random the only source of randomness to use
   * @return an action (its precondition is checked; a refused draw is drawn again)
   */
  Action<S> draw(S state, SplittableRandom random);

  /**
   * Picks one of the sources with equal probability, then draws from it.
   *
   * @param sources the sources, at least one
   * @param <S> the state type
   * @return the combined source
   */
  @SafeVarargs
  static <S> ActionSource<S> oneOf(ActionSource<S>... sources) {
    List<ActionSource<S>> all = List.of(sources);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one action source");
    }
    return (state, random) -> all.get(random.nextInt(all.size())).draw(state, random);
  }

  /**
   * Picks a source with probability proportional to its weight, then draws from it.
   *
   * @param sources the weighted sources, at least one, weights positive
   * @param <S> the state type
   * @return the combined source
   */
  @SafeVarargs
  static <S> ActionSource<S> weighted(Weighted<S>... sources) {
    List<Weighted<S>> all = List.of(sources);
    int total = all.stream().mapToInt(Weighted::weight).sum();
    if (total <= 0) {
      throw new IllegalArgumentException("weighted needs at least one source of positive weight");
    }
    return (state, random) -> {
      int ticket = random.nextInt(total);
      for (Weighted<S> candidate : all) {
        ticket -= candidate.weight();
        if (ticket < 0) {
          return candidate.source().draw(state, random);
        }
      }
      throw new IllegalStateException("unreachable: tickets exhausted");
    };
  }

  /**
   * A source with a weight, for {@link #weighted}.
   *
   * @param weight the relative weight, positive
   * @param source the source
   * @param <S> the state type
   */
  record Weighted<S>(int weight, ActionSource<S> source) {

    /**
     * Validates.
     *
     * @param weight the relative weight, positive
     * @param source the source
     */
    public Weighted {
      if (weight <= 0) {
        throw new IllegalArgumentException("a weight is positive, not " + weight);
      }
      Objects.requireNonNull(source, "source is required");
    }
  }

  /**
   * Shorthand for a {@link Weighted} source.
   *
   * @param weight the relative weight, positive
   * @param source the source
   * @param <S> the state type
   * @return the weighted source
   */
  static <S> Weighted<S> weight(int weight, ActionSource<S> source) {
    return new Weighted<>(weight, source);
  }
}
