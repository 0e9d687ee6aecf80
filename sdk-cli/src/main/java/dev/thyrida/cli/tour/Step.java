package dev.thyrida.cli.tour;

import dev.thyrida.core.command.Command;

/**
 * One command of the tour, its narration and the outcome the circular expects.
 *
 * @param key the narration's key in the bundle, {@code tour.<key>}
 * @param command the command given to the decider
 * @param accepted whether the circular accepts it
 */
record Step(String key, Command command, boolean accepted) {

  /** A step the rules accept. */
  static Step accepted(String key, Command command) {
    return new Step(key, command, true);
  }

  /** A step the rules refuse. */
  static Step refused(String key, Command command) {
    return new Step(key, command, false);
  }
}
