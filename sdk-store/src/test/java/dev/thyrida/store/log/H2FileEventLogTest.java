package dev.thyrida.store.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thyrida.store.jdbc.JdbcEventLog;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Event log contract: H2 on disk")
class H2FileEventLogTest extends EventLogContract {

  @TempDir
  static Path folder;

  private DataSource database;

  @Override
  EventLog freshLog() {
    database = Databases.freshH2OnDisk(folder);
    return JdbcEventLog.migrated(database);
  }

  @Test
  @DisplayName("what was appended is there after the database is closed and opened again, and migrating again changes nothing")
  void survivesAReopen() throws Exception {
    log.append(0, events(0, 6));
    try (var connection = database.getConnection(); var statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
    EventLog reopened = JdbcEventLog.migrated(database);
    assertEquals(6, reopened.head());
    assertEquals(events(0, 6).get(5), reopened.read(5, 1).get(0).event());
  }
}
