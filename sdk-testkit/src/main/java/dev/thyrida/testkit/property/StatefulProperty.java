package dev.thyrida.testkit.property;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A stateful property (ADR 0003, ADR 0030): from a seed, each run draws a sequence of actions from
 * the current state, applies them one by one and checks every labelled invariant on the initial
 * state and after every step. On a failure it shrinks the run's actions with the
 * {@link SequenceShrinker}, replaying from a fresh initial state and keeping a candidate only when
 * the SAME invariant still fails, and throws {@link PropertyFalsified} with the minimal story. When
 * every run holds it checks the required coverage shares and throws {@link CoverageInsufficient} for
 * a path reached too rarely.
 *
 * <p>Runs, steps and seed can be overridden by the system properties {@code thyrida.stateful.runs},
 * {@code thyrida.stateful.steps} and {@code thyrida.stateful.seed} (they win over the test's own
 * values). A configured property is not thread-safe; configure it, then call {@link #check()}.
 *
 * @param <S> the state: a value (a directory) or a mutable system, freshly made by the supplier
 */
public final class StatefulProperty<S> {

  private final Supplier<S> initial;
  private final List<Invariant<S>> invariants = new ArrayList<>();
  private final Map<String, Double> requiredCoverage = new LinkedHashMap<>();
  private ActionSource<S> actions;
  private Integer runs;
  private Integer steps;
  private Long seed;
  private int shrinkBudget = SequenceShrinker.DEFAULT_MAX_TESTS;

  private StatefulProperty(Supplier<S> initial) {
    this.initial = Objects.requireNonNull(initial, "a stateful property needs an initial state");
  }

  /**
   * Starts a property.
   *
   * @param initial makes the initial state, afresh on each call (every run and replay calls it)
   * @param <S> the state type
   * @return the property, to configure
   */
  public static <S> StatefulProperty<S> from(Supplier<S> initial) {
    return new StatefulProperty<>(initial);
  }

  /**
   * Sets where actions come from.
   *
   * @param source draws the next action from the current state
   * @return this property
   */
  public StatefulProperty<S> actions(ActionSource<S> source) {
    this.actions = Objects.requireNonNull(source, "action source is required");
    return this;
  }

  /**
   * Adds a labelled invariant.
   *
   * @param label the rule and its clause, e.g. {@code "every handler is eligible (C3)"}
   * @param holds true when a state respects the rule
   * @return this property
   */
  public StatefulProperty<S> invariant(String label, Predicate<S> holds) {
    Invariant<S> invariant = new Invariant<>(label, holds);
    if (invariants.stream().anyMatch(known -> known.label().equals(label))) {
      throw new IllegalArgumentException("two invariants labelled \"" + label + "\"");
    }
    invariants.add(invariant);
    return this;
  }

  /**
   * Requires a coverage label to be earned by at least a share of all steps.
   *
   * @param label a label that actions put in their {@link Transition}
   * @param minShare the minimum share of steps, greater than 0 and at most 1 (0.05 for 5%)
   * @return this property
   */
  public StatefulProperty<S> requireCoverage(String label, double minShare) {
    Objects.requireNonNull(label, "label is required");
    if (!(minShare > 0 && minShare <= 1)) {
      throw new IllegalArgumentException("a coverage share is in (0, 1], not " + minShare);
    }
    requiredCoverage.put(label, minShare);
    return this;
  }

  /**
   * Sets the number of runs (default 100; {@code -Dthyrida.stateful.runs} wins).
   *
   * @param count the number of runs, positive
   * @return this property
   */
  public StatefulProperty<S> runs(int count) {
    this.runs = count;
    return this;
  }

  /**
   * Sets the number of steps drawn per run (default 50; {@code -Dthyrida.stateful.steps} wins).
   *
   * @param count the number of steps, positive
   * @return this property
   */
  public StatefulProperty<S> steps(int count) {
    this.steps = count;
    return this;
  }

  /**
   * Fixes the seed of the first run (default: a fresh random seed; {@code -Dthyrida.stateful.seed}
   * wins). Each further run's seed follows from the previous one.
   *
   * @param value the seed
   * @return this property
   */
  public StatefulProperty<S> seed(long value) {
    this.seed = value;
    return this;
  }

  /**
   * Bounds the number of replays while shrinking (default
   * {@link SequenceShrinker#DEFAULT_MAX_TESTS}).
   *
   * @param maxReplays the budget, positive
   * @return this property
   */
  public StatefulProperty<S> shrinkBudget(int maxReplays) {
    this.shrinkBudget = maxReplays;
    return this;
  }

  /**
   * Runs the property.
   *
   * @return what was run and covered, when every run held and coverage was reached
   * @throws PropertyFalsified with the minimal story, when an invariant broke or a step threw
   * @throws CoverageInsufficient when a required label was earned too rarely
   */
  public PropertyReport check() {
    Objects.requireNonNull(actions, "a stateful property needs an action source: call actions(...)");
    Settings settings = Settings.resolve(runs, steps, seed);
    Runner<S> runner = new Runner<>(initial, List.copyOf(invariants), actions, settings);
    Coverage coverage = runner.runAll(new SequenceShrinker(shrinkBudget));
    requiredCoverage.forEach((label, min) -> requireShare(coverage, label, min, settings));
    return new PropertyReport(settings.seed(), settings.runs(), settings.steps(), coverage);
  }

  private static void requireShare(Coverage coverage, String label, double min, Settings settings) {
    double reached = coverage.share(label);
    if (reached < min) {
      String message = String.format(Locale.ROOT,
          "coverage too low: \"%s\" reached %.2f%% of %d steps, required at least %.2f%%"
              + " (seed %d, %d runs of %d steps)%n  labels:%n%s",
          label, 100 * reached, coverage.steps(), 100 * min, settings.seed(), settings.runs(),
          settings.steps(), coverage.table());
      throw new CoverageInsufficient(message, label, min, reached);
    }
  }
}
