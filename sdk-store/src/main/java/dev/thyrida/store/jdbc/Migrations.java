package dev.thyrida.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Creates and upgrades the log's schema from the plain SQL scripts the module ships (μετάβαση
 * σχήματος): each script runs once, in its own transaction, and is recorded in {@code
 * thyrida_schema_history}; running again is a no-op (ADR 0141).
 */
public final class Migrations {

  private static final String HISTORY = "CREATE TABLE IF NOT EXISTS thyrida_schema_history ("
      + "version INTEGER NOT NULL PRIMARY KEY, script VARCHAR(200) NOT NULL, "
      + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP)";

  private Migrations() {}

  /**
   * Applies every script not yet applied. Hosts starting together may all call it: a script another
   * one applied meanwhile is not run again, and its failure here is not an error.
   *
   * @param dataSource the database
   * @return how many scripts this call ran
   * @throws SQLException when a script fails and no one else applied it; its transaction is rolled back
   */
  public static int apply(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      Dialect dialect = Dialect.of(connection);
      history(connection);
      int ran = 0;
      for (int i = 0; i < Dialect.SCRIPTS.size(); i++) {
        if (!applied(connection).contains(i + 1)) {
          try {
            run(connection, i + 1, Dialect.SCRIPTS.get(i), dialect);
            ran++;
          } catch (SQLException e) {
            if (!applied(connection).contains(i + 1)) {
              throw e;
            }
          }
        }
      }
      return ran;
    }
  }

  /** Creates the history table; two hosts racing to create it both go on. */
  private static void history(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(HISTORY);
    } catch (SQLException raced) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(HISTORY);
      }
    }
  }

  private static Set<Integer> applied(Connection connection) throws SQLException {
    Set<Integer> versions = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT version FROM thyrida_schema_history")) {
      while (rows.next()) {
        versions.add(rows.getInt(1));
      }
    }
    return versions;
  }

  private static void run(Connection connection, int version, String script, Dialect dialect) throws SQLException {
    connection.setAutoCommit(false);
    try {
      try (Statement statement = connection.createStatement()) {
        for (String sql : statements(read(dialect.resource(script)))) {
          statement.execute(sql);
        }
      }
      try (PreparedStatement record = connection.prepareStatement(
          "INSERT INTO thyrida_schema_history (version, script) VALUES (?, ?)")) {
        record.setInt(1, version);
        record.setString(2, script);
        record.executeUpdate();
      }
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static String[] statements(String script) {
    StringBuilder kept = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        kept.append(line).append('\n');
      }
    }
    return java.util.Arrays.stream(kept.toString().split(";")).map(String::strip).filter(s -> !s.isEmpty())
        .toArray(String[]::new);
  }

  private static String read(String resource) {
    try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
