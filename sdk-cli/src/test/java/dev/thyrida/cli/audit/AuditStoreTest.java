package dev.thyrida.cli.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.cli.Run;
import dev.thyrida.cli.shell.InputException;
import dev.thyrida.cli.shell.Language;
import dev.thyrida.store.jdbc.JdbcEventLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("audit --store: the same report from an event log as from the CSV files")
class AuditStoreTest {

  private static final String AT = "2026-11-22";

  /** Writes the sample roster's events into an H2 log on disk, created with a user and password. */
  private static String logOf(Path roster, Path folder) {
    String url = "jdbc:h2:file:" + folder.resolve("log").toAbsolutePath();
    java.util.Properties login = new java.util.Properties();
    login.setProperty("user", "auditor");
    login.setProperty("password", "S3cret_pw!");
    UrlDataSource h2 = new UrlDataSource(url, login);
    Roster read = RosterReader.read(RosterFiles.in(roster), Language.of(null, Locale.ENGLISH));
    var log = JdbcEventLog.migrated(h2);
    log.append(0, RosterEvents.events(read, Cells.instant(AT)));
    return url;
  }

  private static Path credentials(Path folder, String text) throws IOException {
    Path file = folder.resolve("store.properties");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  @DisplayName("C3, C6, C7, C10, D7, D8, X2: the findings sample from a log reports exactly what its CSV files report")
  void sameReportAsFromCsv(@TempDir Path folder) throws IOException {
    String url = logOf(Samples.FINDINGS, folder);
    Path login = credentials(folder, "user=auditor\npassword=S3cret_pw!\n");
    for (String format : new String[] {"json", "csv", "text"}) {
      Run fromCsv = Run.of("", "audit", "--dir", Samples.FINDINGS.toString(), "--at", AT, "--format", format);
      Run fromStore = Run.of("", "audit", "--store", url, "--store-credentials", login.toString(), "--at", AT, "--format", format);
      assertEquals(1, fromStore.status(), fromStore.err());
      assertEquals(fromCsv.out(), fromStore.out(), format);
    }
  }

  @Test
  @DisplayName("D5: a URL that carries a password is refused without showing it")
  void passwordInUrlRefused() {
    Run run = Run.of("", "audit", "--store", "jdbc:postgresql://db/thyrida?user=a&password=S3cret_pw!", "--at", AT);
    run.assertFailedWithStatus2();
    assertFalse(run.err().contains("S3cret_pw!"), run.err());
    assertTrue(run.err().contains("THYRIDA_STORE_PASSWORD"), run.err());
  }

  @Test
  @DisplayName("wrong credentials, a missing log or a bad credentials file are input errors (status 2), the password never shown")
  void failuresAreInputErrors(@TempDir Path folder) throws IOException {
    String url = logOf(Samples.CLEAN, folder);
    Run wrong = Run.of("", "audit", "--store", url, "--store-credentials",
        credentials(folder, "user=auditor\npassword=Wrong_pw_77\n").toString(), "--at", AT);
    wrong.assertFailedWithStatus2();
    assertFalse(wrong.err().contains("Wrong_pw_77"), wrong.err());
    Run extra = Run.of("", "audit", "--store", url, "--store-credentials",
        credentials(folder, "user=auditor\npasword=typo\n").toString(), "--at", AT);
    extra.assertFailedWithStatus2();
    assertTrue(extra.err().contains("pasword"), extra.err());
    Run empty = Run.of("", "audit", "--store", "jdbc:h2:mem:nothing-here", "--at", AT);
    empty.assertFailedWithStatus2();
    assertTrue(empty.err().contains("--store: the store failed"), empty.err());
  }

  @Test
  @DisplayName("the user and password come from THYRIDA_STORE_USER and THYRIDA_STORE_PASSWORD when no file is given")
  void credentialsFromTheEnvironment(@TempDir Path folder) {
    String url = logOf(Samples.CLEAN, folder);
    Map<String, String> environment = Map.of(StoreDirectory.USER, "auditor", StoreDirectory.PASSWORD, "S3cret_pw!");
    assertFalse(StoreDirectory.read(url, null, environment::get).keps().isEmpty());
    InputException refused = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
        () -> StoreDirectory.read(url, null, name -> null));
    assertTrue(refused.getMessage().startsWith("--store: "), refused.getMessage());
  }
}
