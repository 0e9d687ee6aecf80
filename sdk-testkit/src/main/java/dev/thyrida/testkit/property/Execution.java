package dev.thyrida.testkit.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One execution of actions from the initial state: applies each applicable action, skips those whose
 * precondition does not hold, checks every invariant after every step and stops at the first
 * failure. Internal; used both to generate and to replay while shrinking.
 */
final class Execution<S> {

  private final List<Invariant<S>> invariants;
  private final Map<String, Long> labels;
  private final List<Action<S>> executed = new ArrayList<>();
  private S state;
  private Failure failure;

  /**
   * Starts at the initial state and checks it.
   *
   * @param initial the initial state
   * @param invariants the invariants
   * @param labels where coverage labels are counted, or null when not counted (replays)
   */
  Execution(S initial, List<Invariant<S>> invariants, Map<String, Long> labels) {
    this.state = initial;
    this.invariants = invariants;
    this.labels = labels;
    check();
  }

  static <S> Execution<S> replay(S initial, List<Invariant<S>> invariants, List<Action<S>> actions) {
    Execution<S> execution = new Execution<>(initial, invariants, null);
    for (Action<S> action : actions) {
      if (execution.failed()) {
        break;
      }
      execution.applyIfApplicable(action);
    }
    return execution;
  }

  /** True when the action's precondition holds now; a throwing precondition is a failure. */
  boolean applicable(Action<S> action) {
    try {
      return action.precondition(state);
    } catch (RuntimeException | AssertionError e) {
      failure = Failure.thrown("precondition of " + action.description(), executed.size() + 1, e);
      executed.add(action);
      return false;
    }
  }

  void applyIfApplicable(Action<S> action) {
    if (applicable(action)) {
      apply(action);
    }
  }

  void apply(Action<S> action) {
    executed.add(action);
    try {
      Transition<S> transition = action.apply(state);
      state = transition.state();
      if (labels != null) {
        transition.labels().forEach(label -> labels.merge(label, 1L, Long::sum));
      }
    } catch (Postcondition broken) {
      failure = Failure.invariant(broken.label(), executed.size());
      return;
    } catch (RuntimeException | AssertionError e) {
      failure = Failure.thrown("step", executed.size(), e);
      return;
    }
    check();
  }

  private void check() {
    for (Invariant<S> invariant : invariants) {
      try {
        if (!invariant.holds().test(state)) {
          failure = Failure.invariant(invariant.label(), executed.size());
          return;
        }
      } catch (RuntimeException | AssertionError e) {
        failure = Failure.thrown("invariant \"" + invariant.label() + "\"", executed.size(), e);
        return;
      }
    }
  }

  boolean failed() {
    return failure != null;
  }

  Failure failure() {
    return failure;
  }

  boolean failsWith(String label) {
    return failure != null && failure.label().equals(label);
  }

  int executedCount() {
    return executed.size();
  }

  List<Action<S>> executed() {
    return List.copyOf(executed);
  }

  S state() {
    return state;
  }
}
