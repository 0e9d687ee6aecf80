package dev.thyrida.testkit.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;

/**
 * An in-memory event store, generic in the event type. Streams are named by id; a stream that was
 * never appended to is at version 0. Appends are atomic and check the expected version: a mismatch
 * throws {@link VersionConflict} and writes nothing. Thread-safe.
 *
 * @param <E> the event type
 */
public final class InMemoryEventStore<E> {

  /** The expected version of a stream that must not exist yet. */
  public static final long NO_STREAM = 0;

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, List<RecordedEvent<E>>> streams = new HashMap<>();
  private final List<RecordedEvent<E>> all = new ArrayList<>();

  /**
   * Appends events to a stream, if it is at the expected version.
   *
   * @param streamId the stream
   * @param expectedVersion the version the caller read ({@link #NO_STREAM} for a new stream)
   * @param events the events, in order (none is allowed: it only checks the version)
   * @return the stream's new version
   * @throws VersionConflict when the stream is at another version; nothing is written
   */
  public long append(String streamId, long expectedVersion, List<? extends E> events) {
    Objects.requireNonNull(streamId, "stream id is required");
    List<E> batch = List.copyOf(events);
    lock.writeLock().lock();
    try {
      List<RecordedEvent<E>> stream = streams.getOrDefault(streamId, List.of());
      if (stream.size() != expectedVersion) {
        throw new VersionConflict(streamId, expectedVersion, stream.size());
      }
      List<RecordedEvent<E>> grown = new ArrayList<>(stream);
      for (E event : batch) {
        RecordedEvent<E> recorded =
            new RecordedEvent<>(streamId, grown.size() + 1L, all.size() + 1L, event);
        grown.add(recorded);
        all.add(recorded);
      }
      streams.put(streamId, List.copyOf(grown));
      return grown.size();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * The version a stream is at.
   *
   * @param streamId the stream
   * @return its version, 0 when it has no events
   */
  public long version(String streamId) {
    return read(streamId).size();
  }

  /**
   * All events of a stream, in order.
   *
   * @param streamId the stream
   * @return the events (empty for an unknown stream)
   */
  public List<RecordedEvent<E>> read(String streamId) {
    Objects.requireNonNull(streamId, "stream id is required");
    lock.readLock().lock();
    try {
      return streams.getOrDefault(streamId, List.of());
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The events of a stream from a version on.
   *
   * @param streamId the stream
   * @param fromVersion the first version wanted, from 1
   * @return the events at that version and after (empty when past the end)
   */
  public List<RecordedEvent<E>> readFrom(String streamId, long fromVersion) {
    if (fromVersion < 1) {
      throw new IllegalArgumentException("versions start at 1, not " + fromVersion);
    }
    List<RecordedEvent<E>> stream = read(streamId);
    return fromVersion > stream.size() ? List.of() : stream.subList((int) fromVersion - 1, stream.size());
  }

  /**
   * Every event of every stream, in append order (for projections).
   *
   * @return a snapshot of all events
   */
  public List<RecordedEvent<E>> readAll() {
    lock.readLock().lock();
    try {
      return List.copyOf(all);
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Folds a stream's events into a state, as a decider's {@code evolve} does.
   *
   * @param streamId the stream
   * @param initial the state before any event
   * @param evolve the state after one more event
   * @param <S> the state type
   * @return the state after the whole stream
   */
  public <S> S replay(String streamId, S initial, BiFunction<S, ? super E, S> evolve) {
    S state = initial;
    for (RecordedEvent<E> recorded : read(streamId)) {
      state = evolve.apply(state, recorded.event());
    }
    return state;
  }
}
