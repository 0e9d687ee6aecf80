package dev.thyrida.store.log;

import dev.thyrida.store.jdbc.JdbcEventLog;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Event log contract: H2 in memory")
class H2MemoryEventLogTest extends EventLogContract {

  @Override
  EventLog freshLog() {
    return JdbcEventLog.migrated(Databases.freshH2InMemory());
  }
}
