package dev.thyrida.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** The databases the log runs on, each with its own migration scripts. */
public enum Dialect {
  /** PostgreSQL, for production. */
  POSTGRESQL("postgresql"),
  /** H2, in memory or on disk: the embedded default. */
  H2("h2");

  /** The scripts every dialect has, in order; version n is the n-th. */
  static final List<String> SCRIPTS = List.of("V1__event_log.sql");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /**
   * The resource of one migration script.
   *
   * @param script its file name
   * @return its path in the jar
   */
  String resource(String script) {
    return "/dev/thyrida/store/jdbc/" + folder + "/" + script;
  }

  /**
   * The dialect of a connection's database.
   *
   * @param connection an open connection
   * @return its dialect
   * @throws SQLException when the metadata cannot be read
   * @throws IllegalArgumentException for a database the log does not run on
   */
  public static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    if (product.contains("h2")) {
      return H2;
    }
    throw new IllegalArgumentException("the event log runs on PostgreSQL or H2, not " + product);
  }
}
