package dev.thyrida.store.log;

import dev.thyrida.store.jdbc.JdbcEventLog;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Event log contract: PostgreSQL")
class PostgresEventLogTest extends EventLogContract {

  @Override
  EventLog freshLog() {
    return JdbcEventLog.migrated(Databases.freshPostgres());
  }
}
