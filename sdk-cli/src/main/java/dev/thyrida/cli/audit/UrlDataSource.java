package dev.thyrida.cli.audit;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source over {@link DriverManager}: one new connection per call, for a one-shot audit. */
final class UrlDataSource implements DataSource {

  private final String url;
  private final Properties login;

  UrlDataSource(String url, Properties login) {
    this.url = url;
    this.login = login;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(url, login);
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLException("credentials come from the environment or a file, never from a call");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // DriverManager keeps its own log writer
  }

  @Override
  public void setLoginTimeout(int seconds) {
    DriverManager.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return DriverManager.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getLogger("dev.thyrida.cli");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
