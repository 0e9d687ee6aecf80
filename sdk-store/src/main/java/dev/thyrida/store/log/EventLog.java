package dev.thyrida.store.log;

import dev.thyrida.core.event.Event;
import dev.thyrida.policy.decide.Decider;
import java.util.List;

/**
 * An append-only log of events (ημερολόγιο γεγονότων), positions from 1 with no gaps. Every
 * implementation meets the same contract, tested by one suite against each: appends are atomic
 * (all of a batch or none of it), checked against the expected position, and readable at once.
 */
public interface EventLog {

  /** The position of an empty log, and the one to expect for its first append. */
  long EMPTY = 0;

  /** How many events {@link #replay} reads at a time. */
  int PAGE = 1000;

  /**
   * The position of the last event.
   *
   * @return it, or {@link #EMPTY}
   * @throws StoreFailure when the store cannot be read
   */
  long head();

  /**
   * Appends a batch of events after the expected position, all or none.
   *
   * @param expected the position the caller last read (its decision's basis)
   * @param events the events, in order; none only checks the position
   * @return the new head: {@code expected + events.size()}
   * @throws AppendConflict when the log is at another position; nothing was written
   * @throws StoreFailure when the store failed; {@link StoreFailure#outcomeUnknown()} says whether the
   *     batch may have been written
   */
  long append(long expected, List<? extends Event> events);

  /**
   * Events after a position, in order.
   *
   * @param after a position; {@link #EMPTY} reads from the first
   * @param limit at most this many, at least 1
   * @return the events at {@code after + 1} onwards, at most {@code limit}
   * @throws StoreFailure when the store cannot be read
   * @throws dev.thyrida.store.json.DecodingException naming the position when a stored event cannot be read back
   */
  List<LoggedEvent> read(long after, int limit);

  /**
   * The directory after every event past a snapshot, read page by page and folded with {@link
   * Decider#evolve}.
   *
   * @param from where to start: {@link Snapshot#empty()} for the whole log
   * @return the directory and the position it stands at
   */
  default Snapshot replay(Snapshot from) {
    Snapshot current = from;
    List<LoggedEvent> page;
    do {
      page = read(current.position(), PAGE);
      for (LoggedEvent logged : page) {
        current = new Snapshot(Decider.evolve(current.directory(), logged.event()), logged.position());
      }
    } while (page.size() == PAGE);
    return current;
  }
}
