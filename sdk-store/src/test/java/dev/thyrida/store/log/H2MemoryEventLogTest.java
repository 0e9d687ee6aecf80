package dev.thyrida.store.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.store.jdbc.JdbcEventLog;
import dev.thyrida.store.json.DecodingCode;
import dev.thyrida.store.json.DecodingException;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Event log contract: H2 in memory")
class H2MemoryEventLogTest extends EventLogContract {

  private DataSource database;

  @Override
  EventLog freshLog() {
    database = Databases.freshH2InMemory();
    return JdbcEventLog.migrated(database);
  }

  @Test
  @DisplayName("a stored row that cannot be read back fails naming its log position, type and field")
  void damagedRowNamesItsPosition() throws Exception {
    log.append(0, events(0, 3));
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE thyrida_event SET data = REPLACE(data, '\"at\":', '\"when\":') WHERE position = 2");
    }
    DecodingException e = assertThrows(DecodingException.class, () -> log.read(0, 10));
    assertEquals(2, e.position().orElseThrow());
    assertEquals(DecodingCode.JSON_MISSING_FIELD, e.code());
    assertEquals("/data/at", e.field());
    assertTrue(e.getMessage().contains("at log position 2") && e.getMessage().contains(e.type()), e.getMessage());
    assertEquals(1, log.read(0, 1).size(), "the rows before it still read");
  }
}
