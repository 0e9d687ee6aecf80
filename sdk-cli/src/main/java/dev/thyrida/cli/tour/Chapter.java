package dev.thyrida.cli.tour;

import java.util.List;

/**
 * A chapter of the tour: a title, an introduction and its steps.
 *
 * @param key the chapter's keys in the bundle: {@code tour.<key>.title} and {@code tour.<key>.intro}
 * @param steps the steps, in order
 * @param aboutTheMailbox whether the mailbox's users are shown after it
 */
record Chapter(String key, List<Step> steps, boolean aboutTheMailbox) {

  /** A chapter of steps about the mailbox's users. */
  static Chapter of(String key, Step... steps) {
    return new Chapter(key, List.of(steps), true);
  }
}
