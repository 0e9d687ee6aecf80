package dev.thyrida.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.store.jdbc.JdbcEventLog;
import dev.thyrida.store.log.EventLog;
import dev.thyrida.store.log.Snapshot;
import dev.thyrida.testkit.store.InMemoryEventStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * One store the store benchmarks run on, fresh for each trial: PostgreSQL (embedded, on this
 * machine, with {@code fsync} and {@code synchronous_commit} on) or H2 (on disk with its default
 * write delay, or in memory) behind a HikariCP pool, as a host's would be, or the
 * testkit's in-memory store as the baseline.
 */
final class LogUnderTest implements AutoCloseable {

  private static final String STREAM = "directory";

  private final EmbeddedPostgres postgres;
  private final HikariDataSource pool;
  private final EventLog log;
  private final InMemoryEventStore<Event> memory;

  private LogUnderTest(EmbeddedPostgres postgres, HikariDataSource pool, InMemoryEventStore<Event> memory) {
    this.postgres = postgres;
    this.pool = pool;
    this.log = pool == null ? null : JdbcEventLog.migrated(pool);
    this.memory = memory;
  }

  /**
   * Opens a fresh, empty store.
   *
   * @param store {@code postgresql}, {@code h2-file}, {@code h2-memory} or {@code memory}
   * @return it
   * @throws IOException when the database cannot start
   */
  static LogUnderTest open(String store) throws IOException {
    if (store.equals("memory")) {
      return new LogUnderTest(null, null, new InMemoryEventStore<>());
    }
    HikariConfig config = new HikariConfig();
    config.setMaximumPoolSize(2);
    EmbeddedPostgres postgres = null;
    if (store.equals("postgresql")) {
      // durable as in production: the embedded server's defaults turn both off
      postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
      config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    } else if (store.equals("h2-file")) {
      config.setJdbcUrl("jdbc:h2:file:" + Files.createTempDirectory("thyrida-bench").resolve("log").toAbsolutePath());
    } else if (store.equals("h2-memory")) {
      config.setJdbcUrl("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
    } else {
      throw new IllegalArgumentException("no store " + store);
    }
    return new LogUnderTest(postgres, new HikariDataSource(config), null);
  }

  /**
   * Appends a batch at the head.
   *
   * @param head the head the caller knows
   * @param events the batch
   * @return the new head
   */
  long append(long head, List<Event> events) {
    return memory != null ? memory.append(STREAM, head, events) : log.append(head, events);
  }

  /**
   * The directory the whole store replays to.
   *
   * @return it
   */
  Directory replay() {
    return memory != null ? memory.replay(STREAM, Directory.empty(), Directory::evolve)
        : log.replay(Snapshot.empty()).directory();
  }

  @Override
  public void close() throws IOException {
    if (pool != null) {
      pool.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }
}
