package dev.thyrida.testkit.dsl;

import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The then part of a scenario (έκβαση): expectations on the decision. Each method returns this
 * outcome, so expectations chain; each failure throws an {@link AssertionError} that names the
 * broken rules with their codes and clauses and shows the decision explained.
 */
public final class Outcome {

  private final Trial trial;

  Outcome(Trial trial) {
    this.trial = trial;
  }

  /**
   * Expects the command accepted, with any events.
   *
   * @return this outcome
   * @throws AssertionError when it was rejected
   */
  public Outcome thenAccepted() {
    if (!trial.decision().isAccepted()) {
      throw Report.failure(trial, "Expected the command to be accepted.");
    }
    return this;
  }

  /**
   * Expects the command accepted with exactly these events, in this order.
   *
   * @param expected the events
   * @return this outcome
   * @throws AssertionError when it was rejected or its events differ
   */
  public Outcome thenEvents(Event... expected) {
    thenAccepted();
    if (!trial.decision().events().equals(List.of(expected))) {
      throw Report.failure(trial, "Expected exactly these events:\n" + Report.events(List.of(expected)));
    }
    return this;
  }

  /**
   * Expects the command accepted with events that include these, in any order, among others.
   *
   * @param expected the events
   * @return this outcome
   * @throws AssertionError when it was rejected or an event is missing
   */
  public Outcome thenEventsContain(Event... expected) {
    thenAccepted();
    List<Event> missing = List.of(expected).stream().filter(e -> !trial.decision().events().contains(e)).toList();
    if (!missing.isEmpty()) {
      throw Report.failure(trial, "Expected the events to contain, among others:\n" + Report.events(missing));
    }
    return this;
  }

  /**
   * Expects the command accepted and the directory after its events equal to the expected one.
   *
   * @param expected the directory, e.g. built by replaying the expected history
   * @return this outcome
   * @throws AssertionError when it was rejected or the directory differs
   */
  public Outcome thenDirectory(Directory expected) {
    Objects.requireNonNull(expected, "Outcome: expected directory is required");
    thenAccepted();
    if (!expected.equals(trial.after())) {
      throw Report.failure(trial, "Expected the directory after the events to equal the expected one; they differ in:\n"
          + Differences.between(expected, trial.after()));
    }
    return this;
  }

  /**
   * Expects the command accepted and the directory after its events to match a predicate.
   *
   * @param description what the predicate says, for the failure message (e.g. "the clerk handles KEP-1's mailbox")
   * @param expectation the predicate
   * @return this outcome
   * @throws AssertionError when it was rejected or the predicate fails
   */
  public Outcome thenDirectory(String description, Predicate<Directory> expectation) {
    thenAccepted();
    if (!expectation.test(trial.after())) {
      throw Report.failure(trial, "Expected the directory after the events to satisfy: " + description);
    }
    return this;
  }

  /**
   * Expects the command rejected with exactly this set of codes (each once or more, in any order).
   *
   * @param expected the codes, at least one
   * @return this outcome
   * @throws AssertionError when it was accepted or the codes differ
   */
  public Outcome thenRejected(ViolationCode... expected) {
    if (expected.length == 0) {
      throw new IllegalArgumentException("thenRejected needs at least one code: a rejection always has one");
    }
    Set<ViolationCode> codes = new LinkedHashSet<>(List.of(expected));
    if (trial.decision().isAccepted() || !new LinkedHashSet<>(trial.decision().codes()).equals(codes)) {
      throw Report.failure(trial, "Expected the command to be rejected with exactly " + Report.codes(codes) + ".");
    }
    return this;
  }

  /**
   * The decision, for expectations the DSL does not express.
   *
   * @return the decision
   */
  public Decision decision() {
    return trial.decision();
  }

  /**
   * The directory after the decision: the given one evolved by the events, unchanged when rejected.
   *
   * @return the directory
   */
  public Directory directory() {
    return trial.after();
  }
}
