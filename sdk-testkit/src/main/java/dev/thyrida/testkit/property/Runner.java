package dev.thyrida.testkit.property;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** Generates the runs of one check, and shrinks and reports the first failing one. Internal. */
final class Runner<S> {

  /** How often a source may draw an action whose precondition does not hold before we give up. */
  private static final int MAX_DRAWS = 1_000;
  private static final int MAX_STATE_CHARS = 2_000;

  private final Supplier<S> initial;
  private final List<Invariant<S>> invariants;
  private final ActionSource<S> source;
  private final Settings settings;

  Runner(Supplier<S> initial, List<Invariant<S>> invariants, ActionSource<S> source, Settings settings) {
    this.initial = initial;
    this.invariants = invariants;
    this.source = source;
    this.settings = settings;
  }

  Coverage runAll(SequenceShrinker shrinker) {
    Map<String, Long> labels = new HashMap<>();
    long steps = 0;
    long runSeed = settings.seed();
    for (int run = 1; run <= settings.runs(); run++) {
      Execution<S> execution = generate(runSeed, labels);
      steps += execution.executedCount();
      if (execution.failed()) {
        throw falsified(execution, runSeed, run, shrinker);
      }
      runSeed = Settings.next(runSeed);
    }
    return new Coverage(labels, steps);
  }

  private Execution<S> generate(long runSeed, Map<String, Long> labels) {
    SplittableRandom random = new SplittableRandom(runSeed);
    Execution<S> execution = new Execution<>(fresh(), invariants, labels);
    for (int step = 0; step < settings.steps() && !execution.failed(); step++) {
      Action<S> action = drawApplicable(execution, random);
      if (!execution.failed()) {
        execution.apply(action);
      }
    }
    return execution;
  }

  /** Draws until an action applies; returns null when a precondition threw (a failure). */
  private Action<S> drawApplicable(Execution<S> execution, SplittableRandom random) {
    for (int draw = 0; draw < MAX_DRAWS; draw++) {
      Action<S> action = source.draw(execution.state(), random);
      if (action == null) {
        throw new IllegalStateException("the action source drew no action");
      }
      if (execution.applicable(action)) {
        return action;
      }
      if (execution.failed()) {
        return null;
      }
    }
    throw new IllegalStateException("the action source drew " + MAX_DRAWS
        + " actions in a row whose precondition did not hold; draw from the current state");
  }

  private PropertyFalsified falsified(Execution<S> failed, long runSeed, int run, SequenceShrinker shrinker) {
    String label = failed.failure().label();
    SequenceShrinker.Shrunk<Action<S>> shrunk = shrinker.shrink(failed.executed(),
        candidate -> Execution.replay(fresh(), invariants, candidate).failsWith(label));
    Execution<S> minimal = Execution.replay(fresh(), invariants, shrunk.sequence());
    List<String> story = minimal.executed().stream().map(Action::description).toList();
    return new PropertyFalsified(message(minimal, story, runSeed, run, shrunk), minimal.failure(),
        runSeed, story, shrunk.originalSize());
  }

  private String message(Execution<S> minimal, List<String> story, long runSeed, int run,
      SequenceShrinker.Shrunk<Action<S>> shrunk) {
    Failure failure = minimal.failure();
    StringBuilder text = new StringBuilder()
        .append("stateful property falsified: ").append(failure.label()).append('\n')
        .append("  seed ").append(runSeed).append(" (run ").append(run).append(" of ")
        .append(settings.runs()).append("; reproduce with ").append(settings.reproduce(runSeed))
        .append(")\n  shrunk from ").append(shrunk.originalSize()).append(" to ").append(story.size())
        .append(" steps in ").append(shrunk.tests()).append(" replays")
        .append(shrunk.minimal() ? " (1-minimal)" : " (budget exhausted: may not be minimal)")
        .append(":\n");
    for (int i = 0; i < story.size(); i++) {
      text.append("    ").append(i + 1).append(". ").append(story.get(i)).append('\n');
    }
    String where = failure.step() == 0 ? "the initial state" : "step " + failure.step();
    return text.append("  broken at ").append(where).append(", state: ")
        .append(abbreviate(String.valueOf(minimal.state()))).toString();
  }

  private static String abbreviate(String state) {
    return state.length() <= MAX_STATE_CHARS ? state : state.substring(0, MAX_STATE_CHARS) + "…";
  }

  private S fresh() {
    S state = initial.get();
    if (state == null) {
      throw new IllegalStateException("the initial-state supplier returned null");
    }
    return state;
  }
}
