package dev.thyrida.testkit.sequences;

import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.directory.Directory;

/**
 * A step's own check (έλεγχος βήματος), run on each decision against the directory it was decided
 * on, before its events are applied; it throws (e.g. with {@link
 * dev.thyrida.testkit.property.Postcondition#require}) to fail the property.
 */
@FunctionalInterface
public interface StepCheck {

  /** The check that checks nothing. */
  StepCheck NONE = (before, decision) -> { };

  /**
   * Checks one decided step.
   *
   * @param before the directory the command was decided against
   * @param decision the decision, accepted with its events or rejected
   */
  void check(Directory before, Decision decision);
}
