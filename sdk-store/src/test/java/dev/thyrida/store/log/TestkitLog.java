package dev.thyrida.store.log;

import dev.thyrida.core.event.Event;
import dev.thyrida.testkit.store.InMemoryEventStore;
import dev.thyrida.testkit.store.VersionConflict;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The testkit's in-memory event store as an {@link EventLog}: the whole log is one stream, so a
 * stream version is a log position. It runs the same contract suite as the JDBC log.
 */
public final class TestkitLog implements EventLog {

  private static final String STREAM = "directory";

  private final InMemoryEventStore<Event> store = new InMemoryEventStore<>();

  @Override
  public long head() {
    return store.version(STREAM);
  }

  @Override
  public long append(long expected, List<? extends Event> events) {
    try {
      return store.append(STREAM, expected, events);
    } catch (VersionConflict conflict) {
      throw new AppendConflict(conflict.expected(), conflict.actual());
    }
  }

  @Override
  public List<LoggedEvent> read(long after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a read asks for at least 1 event, not " + limit);
    }
    return store.readFrom(STREAM, after + 1).stream().limit(limit)
        .map(recorded -> new LoggedEvent(recorded.version(), recorded.event()))
        .collect(Collectors.toList());
  }
}
