package dev.thyrida.store.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.event.Event;
import dev.thyrida.store.jdbc.JdbcEventLog;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Event log on PostgreSQL: a connection killed mid-append loses nothing acknowledged and writes nothing that was not")
class PostgresFaultTest {

  private Faults faults;
  private EventLog log;

  @BeforeEach
  void open() {
    faults = new Faults(Databases.freshPostgres(), Databases.postgresAdmin());
    log = JdbcEventLog.migrated(faults);
    assertEquals(3, log.append(0, EventLogContract.events(0, 3)));
  }

  private List<Event> stored() {
    return log.read(0, 1000).stream().map(LoggedEvent::event).collect(Collectors.toList());
  }

  @Test
  @DisplayName("killed after the inserts, before the commit: a failure that says nothing was written, and nothing was")
  void killedBeforeCommit() {
    faults.arm(Faults.Kill.BEFORE_COMMIT, false);
    StoreFailure failure = assertThrows(StoreFailure.class, () -> log.append(3, EventLogContract.events(3, 10)));
    assertFalse(failure.outcomeUnknown(), failure.getMessage());
    assertEquals(EventLogContract.events(0, 3), stored());
    assertEquals(10, log.append(3, EventLogContract.events(3, 10)), "the same batch can then be appended");
  }

  @Test
  @DisplayName("killed after the commit, before the acknowledgement: the append learns it was written and reports success, once")
  void killedAfterCommit() {
    faults.arm(Faults.Kill.AFTER_COMMIT, false);
    assertEquals(10, log.append(3, EventLogContract.events(3, 10)));
    assertEquals(EventLogContract.events(0, 10), stored());
  }

  @Test
  @DisplayName("killed before the commit and the database then unreachable: the outcome is reported unknown; once back, nothing was written")
  void killedBeforeCommitThenUnreachable() {
    faults.arm(Faults.Kill.BEFORE_COMMIT, true);
    StoreFailure failure = assertThrows(StoreFailure.class, () -> log.append(3, EventLogContract.events(3, 10)));
    assertTrue(failure.outcomeUnknown(), failure.getMessage());
    assertThrows(StoreFailure.class, log::head);
    faults.heal();
    assertEquals(EventLogContract.events(0, 3), stored());
  }

  @Test
  @DisplayName("killed after the commit and the database then unreachable: the outcome is reported unknown; once back, the batch is there once")
  void killedAfterCommitThenUnreachable() {
    faults.arm(Faults.Kill.AFTER_COMMIT, true);
    StoreFailure failure = assertThrows(StoreFailure.class, () -> log.append(3, EventLogContract.events(3, 10)));
    assertTrue(failure.outcomeUnknown());
    faults.heal();
    assertEquals(EventLogContract.events(0, 10), stored());
    assertThrows(AppendConflict.class, () -> log.append(3, EventLogContract.events(3, 10)), "a retry at the same position cannot double it");
  }
}
