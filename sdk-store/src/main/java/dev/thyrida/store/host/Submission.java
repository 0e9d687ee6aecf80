package dev.thyrida.store.host;

import dev.thyrida.core.decision.Decision;
import java.util.Objects;

/**
 * What became of a submitted command: its decision, and the log position the directory stands at
 * afterwards. An accepted decision's events are at the positions {@code position - events + 1} to
 * {@code position}; a rejected one wrote nothing.
 *
 * @param decision accepted with its events, or rejected with every violation
 * @param position the log position after it
 * @param attempts how many times it was decided (more than 1 after lost races)
 */
public record Submission(Decision decision, long position, int attempts) {

  /**
   * Validates.
   *
   * @param decision the decision
   * @param position the log position after it
   * @param attempts how many times it was decided
   */
  public Submission {
    Objects.requireNonNull(decision, "decision is required");
  }

  /**
   * The position of the first event written, for an accepted decision with events.
   *
   * @return the position, or {@code position + 1} when nothing was written
   */
  public long firstPosition() {
    return position - decision.events().size() + 1;
  }
}
