package dev.thyrida.store.jdbc;

import dev.thyrida.core.event.Event;
import dev.thyrida.store.json.DecodingException;
import dev.thyrida.store.json.Encoded;
import dev.thyrida.store.json.LogJson;
import dev.thyrida.store.log.AppendConflict;
import dev.thyrida.store.log.EventLog;
import dev.thyrida.store.log.LoggedEvent;
import dev.thyrida.store.log.StoreFailure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The event log in PostgreSQL or H2 over JDBC. Each append is one transaction: it reads the head,
 * refuses a mismatch, inserts the batch at the positions after it, and commits; the primary key on
 * the position makes the loser of a race fail, and it is reported as an {@link AppendConflict}. A
 * connection lost during the commit is resolved by asking the log whether the batch's rows exist
 * (each batch carries its own id), so a caller learns the outcome whenever the database can be
 * reached again (ADR 0141). Thread-safe: every call takes its own connection from the data source.
 */
public final class JdbcEventLog implements EventLog {

  private static final String HEAD = "SELECT COALESCE(MAX(position), 0) FROM thyrida_event";
  private static final String INSERT =
      "INSERT INTO thyrida_event (position, type, version, data, batch) VALUES (?, ?, ?, ?, ?)";
  private static final String READ =
      "SELECT position, type, version, data FROM thyrida_event WHERE position > ? ORDER BY position LIMIT ?";
  private static final String BATCH = "SELECT COUNT(*) FROM thyrida_event WHERE batch = ?";

  private final DataSource dataSource;
  private final LogJson json;

  private JdbcEventLog(DataSource dataSource, LogJson json) {
    this.dataSource = Objects.requireNonNull(dataSource, "data source is required");
    this.json = Objects.requireNonNull(json, "json is required");
  }

  /**
   * The log in a database whose schema is already migrated.
   *
   * @param dataSource the database
   * @param json the form events are written and read in (with the host's upcasters)
   * @return the log
   */
  public static JdbcEventLog of(DataSource dataSource, LogJson json) {
    return new JdbcEventLog(dataSource, json);
  }

  /**
   * The log in a database, after applying the module's migrations.
   *
   * @param dataSource the database
   * @return the log, reading and writing {@link LogJson#standard()}
   * @throws StoreFailure when the migrations fail
   */
  public static JdbcEventLog migrated(DataSource dataSource) {
    try {
      Migrations.apply(dataSource);
    } catch (SQLException e) {
      throw new StoreFailure("migrate the schema", false, e);
    }
    return new JdbcEventLog(dataSource, LogJson.standard());
  }

  @Override
  public long head() {
    try (Connection connection = dataSource.getConnection()) {
      return head(connection);
    } catch (SQLException e) {
      throw new StoreFailure("read the head", false, e);
    }
  }

  @Override
  public long append(long expected, List<? extends Event> events) {
    List<Encoded> batch = new ArrayList<>();
    for (Event event : List.copyOf(events)) {
      batch.add(json.encode(event));
    }
    String id = UUID.randomUUID().toString();
    Connection connection = null;
    boolean committing = false;
    try {
      connection = dataSource.getConnection();
      connection.setAutoCommit(false);
      long head = head(connection);
      if (head != expected) {
        connection.rollback();
        throw new AppendConflict(expected, head);
      }
      insert(connection, expected, batch, id);
      committing = true;
      connection.commit();
      return expected + batch.size();
    } catch (SQLException e) {
      rollbackQuietly(connection);
      return resolve(expected, batch.size(), id, committing, e);
    } finally {
      closeQuietly(connection);
    }
  }

  private static void insert(Connection connection, long expected, List<Encoded> batch, String id) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      long position = expected;
      for (Encoded encoded : batch) {
        insert.setLong(1, ++position);
        insert.setString(2, encoded.type());
        insert.setInt(3, encoded.version());
        insert.setString(4, encoded.data());
        insert.setString(5, id);
        insert.addBatch();
      }
      if (!batch.isEmpty()) {
        insert.executeBatch();
      }
    }
  }

  /** After a failed append: a moved head is a lost race; a batch found is an append that committed. */
  private long resolve(long expected, int size, String id, boolean committing, SQLException cause) {
    try (Connection connection = dataSource.getConnection()) {
      if (size > 0 && written(connection, id)) {
        return expected + size;
      }
      long head = head(connection);
      if (head != expected) {
        throw new AppendConflict(expected, head);
      }
      throw new StoreFailure("append after position " + expected + " (nothing was written)", false, cause);
    } catch (SQLException unreachable) {
      cause.addSuppressed(unreachable);
      throw new StoreFailure("append after position " + expected, committing, cause);
    }
  }

  private static boolean written(Connection connection, String id) throws SQLException {
    try (PreparedStatement count = connection.prepareStatement(BATCH)) {
      count.setString(1, id);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1) > 0;
      }
    }
  }

  @Override
  public List<LoggedEvent> read(long after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a read asks for at least 1 event, not " + limit);
    }
    List<LoggedEvent> events = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement read = connection.prepareStatement(READ)) {
      read.setLong(1, after);
      read.setInt(2, limit);
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          long position = rows.getLong(1);
          events.add(new LoggedEvent(position, decode(position, rows)));
        }
      }
    } catch (SQLException e) {
      throw new StoreFailure("read after position " + after, false, e);
    }
    return events;
  }

  private Event decode(long position, ResultSet row) throws SQLException {
    try {
      return json.decodeEvent(new Encoded(row.getString(2), row.getInt(3), row.getString(4)));
    } catch (DecodingException e) {
      throw e.at(position);
    }
  }

  private static long head(Connection connection) throws SQLException {
    try (PreparedStatement head = connection.prepareStatement(HEAD); ResultSet rows = head.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void rollbackQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.rollback();
      } catch (SQLException ignored) {
        // the connection is gone: the database has rolled the transaction back or will
      }
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.setAutoCommit(true);   // a pooled connection goes back as it came
      } catch (SQLException ignored) {
        // a broken connection: closing it below is all that is left
      }
      try {
        connection.close();
      } catch (SQLException ignored) {
        // nothing more can be done with a connection that will not close
      }
    }
  }
}
