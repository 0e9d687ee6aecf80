package dev.thyrida.store.log;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A PostgreSQL data source whose next commit meets a fault: the server process of that connection
 * is killed just before the commit, or just after it (the acknowledgement is lost); and the
 * database can be made unreachable for the connections that follow.
 */
final class Faults implements DataSource {

  /** When the next commit's connection is killed. */
  enum Kill { NONE, BEFORE_COMMIT, AFTER_COMMIT }

  private final DataSource database;
  private final DataSource admin;
  private volatile Kill next = Kill.NONE;
  private volatile boolean unreachableAfterKill;
  private volatile boolean unreachable;

  Faults(DataSource database, DataSource admin) {
    this.database = database;
    this.admin = admin;
  }

  /**
   * Arms the next commit.
   *
   * @param kill when to kill its connection
   * @param thenUnreachable whether every connection after the kill fails too
   */
  void arm(Kill kill, boolean thenUnreachable) {
    this.next = kill;
    this.unreachableAfterKill = thenUnreachable;
  }

  /** Makes the database reachable again. */
  void heal() {
    unreachable = false;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (unreachable) {
      throw new SQLException("connection refused (the test made the database unreachable)", "08001");
    }
    Connection real = database.getConnection();
    int pid;
    try (Statement statement = real.createStatement(); ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
      rows.next();
      pid = rows.getInt(1);
    }
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Kill kill = next;
          if (method.getName().equals("commit") && kill != Kill.NONE) {
            next = Kill.NONE;
            if (kill == Kill.AFTER_COMMIT) {
              real.commit();
            }
            terminate(pid);
            unreachable = unreachableAfterKill;
            if (kill == Kill.AFTER_COMMIT) {
              throw new SQLException("the connection was lost before the commit was acknowledged", "08006");
            }
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private void terminate(int pid) throws SQLException {
    try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_terminate_backend(" + pid + ")");
    }
  }

  @Override
  public Connection getConnection(String user, String password) {
    throw new UnsupportedOperationException();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getGlobal();
  }

  @Override
  public <T> T unwrap(Class<T> iface) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
