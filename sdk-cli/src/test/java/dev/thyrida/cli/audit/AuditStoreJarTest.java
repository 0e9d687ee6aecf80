package dev.thyrida.cli.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.thyrida.cli.shell.Language;
import dev.thyrida.store.jdbc.JdbcEventLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code target/thyrida.jar audit --store} as a real process (after {@code package}): the jar
 * carries the JDBC drivers, and the password comes from the environment.
 */
class AuditStoreJarTest {

  private static final Path JAR = Path.of("target", "thyrida.jar");

  @Test
  @DisplayName("C6: the jar audits an H2 log on disk with the password from THYRIDA_STORE_PASSWORD, as it audits the CSV files")
  void jarAuditsAStore(@TempDir Path folder) throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "the shaded jar is built by package");
    String url = "jdbc:h2:file:" + folder.resolve("log").toAbsolutePath();
    Properties login = new Properties();
    login.setProperty("user", "auditor");
    login.setProperty("password", "S3cret_pw!");
    Roster roster = RosterReader.read(RosterFiles.in(Samples.FINDINGS), Language.of(null, Locale.ENGLISH));
    JdbcEventLog.migrated(new UrlDataSource(url, login)).append(0, RosterEvents.events(roster, Cells.instant("2026-11-22")));

    ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString(), "audit", "--store", url, "--at", "2026-11-22", "--format", "csv"));
    builder.environment().put(StoreDirectory.USER, "auditor");
    builder.environment().put(StoreDirectory.PASSWORD, "S3cret_pw!");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process ends");
    assertEquals(1, process.exitValue(), out);
    assertTrue(out.contains("EX_SERVANT_HOLDS_ROLE"), out);
    assertTrue(!out.contains("S3cret_pw!"), out);
  }
}
