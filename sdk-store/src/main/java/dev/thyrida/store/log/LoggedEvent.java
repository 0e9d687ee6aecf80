package dev.thyrida.store.log;

import dev.thyrida.core.event.Event;
import java.util.Objects;

/**
 * An event at its position in the log.
 *
 * @param position from 1
 * @param event the event
 */
public record LoggedEvent(long position, Event event) {

  /**
   * Validates.
   *
   * @param position from 1
   * @param event the event
   */
  public LoggedEvent {
    Objects.requireNonNull(event, "event is required");
    if (position < 1) {
      throw new IllegalArgumentException("positions start at 1, not " + position);
    }
  }
}
