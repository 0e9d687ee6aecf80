package dev.thyrida.store.log;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The real databases the tests run on: one embedded PostgreSQL per test JVM (started on first use,
 * binaries from Maven Central, no Docker), and fresh H2 databases in memory or on disk.
 */
public final class Databases {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private Databases() {}

  /**
   * A fresh, empty PostgreSQL database on the shared server.
   *
   * @return its data source
   */
  public static synchronized DataSource freshPostgres() {
    try {
      if (postgres == null) {
        postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(Databases::stopPostgres));
      }
      String name = "log_" + NEXT.incrementAndGet();
      try (Connection admin = postgres.getPostgresDatabase().getConnection();
          Statement statement = admin.createStatement()) {
        statement.execute("CREATE DATABASE " + name);
      }
      return postgres.getDatabase("postgres", name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The shared server's administrative database, to kill connections from.
   *
   * @return its data source
   */
  public static synchronized DataSource postgresAdmin() {
    freshPostgres();
    return postgres.getPostgresDatabase();
  }

  /**
   * A fresh H2 database in memory, kept while the JVM lives.
   *
   * @return its data source
   */
  public static DataSource freshH2InMemory() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:log" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  /**
   * A fresh H2 database in a file of a folder.
   *
   * @param folder the folder
   * @return its data source
   */
  public static DataSource freshH2OnDisk(Path folder) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + folder.resolve("log" + NEXT.incrementAndGet()).toAbsolutePath());
    return h2;
  }

  private static synchronized void stopPostgres() {
    try {
      postgres.close();
    } catch (IOException e) {
      // the JVM is ending; the server's folder is temporary
    }
  }
}
