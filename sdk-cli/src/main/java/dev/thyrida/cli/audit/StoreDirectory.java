package dev.thyrida.cli.audit;

import dev.thyrida.cli.shell.InputException;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.store.jdbc.JdbcEventLog;
import dev.thyrida.store.json.DecodingException;
import dev.thyrida.store.json.LogJson;
import dev.thyrida.store.log.Snapshot;
import dev.thyrida.store.log.StoreFailure;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * The directory an event log holds ({@code thyrida audit --store JDBC_URL}, ADR 0144): replayed
 * read-only (no migration runs). The user and password come from {@value #USER} and {@value
 * #PASSWORD}, or from a properties file ({@code user=}, {@code password=}); never from an argument,
 * and a URL that carries a password is refused without being shown (D5).
 */
final class StoreDirectory {

  /** The environment variable naming the database user. */
  static final String USER = "THYRIDA_STORE_USER";
  /** The environment variable holding the database password. */
  static final String PASSWORD = "THYRIDA_STORE_PASSWORD";

  private StoreDirectory() {}

  /**
   * Replays the log at a JDBC URL.
   *
   * @param url the JDBC URL, e.g. {@code jdbc:postgresql://db/thyrida} or {@code jdbc:h2:file:/var/lib/thyrida/log}
   * @param credentials a properties file with {@code user} and {@code password}, or null for the environment
   * @param environment the environment's variables by name (null when unset)
   * @return the directory at the log's head
   * @throws InputException naming the URL's problem, the credentials file, or the store's failure
   */
  static Directory read(String url, Path credentials, UnaryOperator<String> environment) {
    if (!url.startsWith("jdbc:")) {
      throw new InputException("--store: a JDBC URL starts with jdbc: (e.g. jdbc:postgresql://host/db)");
    }
    if (url.toLowerCase(Locale.ROOT).contains("password")) {
      throw new InputException("--store: the URL must not carry a password; set " + PASSWORD
          + " or use --store-credentials");
    }
    Properties login = credentials == null ? fromEnvironment(environment) : fromFile(credentials);
    try {
      return JdbcEventLog.of(new UrlDataSource(url, login), LogJson.standard()).replay(Snapshot.empty()).directory();
    } catch (StoreFailure | DecodingException e) {
      throw new InputException("--store: " + e.getMessage());
    }
  }

  private static Properties fromEnvironment(UnaryOperator<String> environment) {
    Properties login = new Properties();
    String user = environment.apply(USER);
    String password = environment.apply(PASSWORD);
    if (user != null) {
      login.setProperty("user", user);
    }
    if (password != null) {
      login.setProperty("password", password);
    }
    return login;
  }

  private static Properties fromFile(Path file) {
    Properties login = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      login.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException("--store-credentials: cannot read " + file + " as user=… and password=… lines");
    }
    for (String key : login.stringPropertyNames()) {
      if (!key.equals("user") && !key.equals("password")) {
        throw new InputException("--store-credentials: " + file + " has user and password only, not " + key);
      }
    }
    return login;
  }
}
