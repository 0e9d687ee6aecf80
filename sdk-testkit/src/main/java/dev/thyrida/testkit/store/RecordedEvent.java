package dev.thyrida.testkit.store;

import java.util.Objects;

/**
 * An event as the store keeps it: in its stream, at its version, and at its position in the whole
 * store.
 *
 * @param streamId the stream it belongs to
 * @param version its version in the stream, from 1
 * @param position its position over all streams, from 1, in append order
 * @param event the event
 * @param <E> the event type
 */
public record RecordedEvent<E>(String streamId, long version, long position, E event) {

  /**
   * Validates.
   *
   * @param streamId the stream it belongs to
   * @param version its version in the stream, from 1
   * @param position its position over all streams, from 1
   * @param event the event
   */
  public RecordedEvent {
    Objects.requireNonNull(streamId, "stream id is required");
    Objects.requireNonNull(event, "event is required");
    if (version < 1 || position < 1) {
      throw new IllegalArgumentException("versions and positions start at 1");
    }
  }
}
