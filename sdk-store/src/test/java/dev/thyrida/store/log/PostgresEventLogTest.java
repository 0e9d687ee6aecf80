package dev.thyrida.store.log;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.store.jdbc.JdbcEventLog;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Event log contract: PostgreSQL")
class PostgresEventLogTest extends EventLogContract {

  private DataSource database;

  @Override
  EventLog freshLog() {
    database = Databases.freshPostgres();
    return JdbcEventLog.migrated(database);
  }

  @Test
  @DisplayName("four hosts migrating a fresh database at once all start, and the schema is made once")
  void concurrentMigrations() throws Exception {
    DataSource fresh = Databases.freshPostgres();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      java.util.List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> {
          start.await();
          return dev.thyrida.store.jdbc.Migrations.apply(fresh);
        }));
      }
      start.countDown();
      int ran = 0;
      for (java.util.concurrent.Future<Integer> run : runs) {
        ran += run.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
      org.junit.jupiter.api.Assertions.assertEquals(1, ran, "the one script ran once");
      org.junit.jupiter.api.Assertions.assertEquals(0, dev.thyrida.store.jdbc.Migrations.apply(fresh));
      org.junit.jupiter.api.Assertions.assertEquals(0, JdbcEventLog.migrated(fresh).head());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("reading from a position is a range scan of the primary key's index")
  void readingFromAPositionIsARangeScan() throws Exception {
    log.append(0, events(0, 200));
    StringBuilder plan = new StringBuilder();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE thyrida_event");
      try (ResultSet rows = statement.executeQuery("EXPLAIN SELECT position, type, version, data FROM thyrida_event "
          + "WHERE position > 150 ORDER BY position LIMIT 1000")) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
    }
    assertTrue(plan.toString().contains("Index Scan using thyrida_event_pkey") && plan.toString().contains("Index Cond: (\"position\" > 150)"),
        plan.toString());
  }
}
