package com.example.kep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs the host's module {@code com.example.kep} as a process on the module path, from the built
 * jars, once with Hibernate Validator and once with Apache BVal, neither configured (ADR 0007, ADR 0027).
 */
@DisplayName("A host module on the module path, under Hibernate Validator and under Apache BVal")
class ModulePathTest {

  private static final List<String> EXPECTED_GREEK = List.of(
      "el|password|PASSWORD_NO_DIGIT|Ο κωδικός πρέπει να περιέχει τουλάχιστον έναν αριθμό (0–9).",
      "el|password|PASSWORD_NO_SPECIAL|Ο κωδικός πρέπει να περιέχει τουλάχιστον έναν ειδικό χαρακτήρα από τους ακόλουθους: ! @ # $ ^ & - _ .",
      "el|password|PASSWORD_NO_UPPERCASE|Ο κωδικός πρέπει να περιέχει τουλάχιστον έναν κεφαλαίο λατινικό χαρακτήρα (A–Z).",
      "el|password|PASSWORD_TOO_SHORT|Ο κωδικός έχει 3 χαρακτήρες· χρειάζεται τουλάχιστον 8.",
      "el|repeated|PASSWORD_CONFIRMATION_MISMATCH|Η επιβεβαίωση δεν ταιριάζει με τον νέο κωδικό.",
      "el|taxId|-|πρέπει να είναι ΑΦΜ: 9 ψηφία με έγκυρο ψηφίο ελέγχου",
      "el|username|USERNAME_TOO_SHORT|Το όνομα χρήστη έχει 7 χαρακτήρες· χρειάζεται τουλάχιστον 10.");

  private static final List<String> EXPECTED_ENGLISH = List.of(
      "en|password|PASSWORD_NO_DIGIT|The password needs at least one digit (0–9).",
      "en|password|PASSWORD_NO_SPECIAL|The password needs at least one of the special characters ! @ # $ ^ & - _ .",
      "en|password|PASSWORD_NO_UPPERCASE|The password needs at least one upper-case Latin letter (A–Z).",
      "en|password|PASSWORD_TOO_SHORT|The password has 3 characters; it needs at least 8.",
      "en|repeated|PASSWORD_CONFIRMATION_MISMATCH|The confirmation does not match the new password.",
      "en|taxId|-|must be a Greek tax id (ΑΦΜ): 9 digits with a valid check digit",
      "en|username|USERNAME_TOO_SHORT|The username has 7 characters; it needs at least 10.");

  private record Run(int status, List<String> out, String err) {}

  /** The module path of one provider: the host's jar and the resolved jars, nothing from target/classes. */
  private static String modulePath(String provider) throws IOException {
    String dependencies = Files.readString(Path.of("target", "modules-" + provider + ".txt")).trim();
    try (Stream<Path> jars = Files.list(Path.of("target"))) {
      Path host = jars.filter(p -> p.getFileName().toString().matches("thyrida-consumer-[^-]+(-SNAPSHOT)?\\.jar"))
          .findFirst().orElseThrow(() -> new AssertionError("the host's jar is built by package"));
      return host + File.pathSeparator + dependencies;
    }
  }

  private static Run run(String provider, List<String> options) throws IOException, InterruptedException {
    return run(provider, options, List.of("-m", "com.example.kep/com.example.kep.Check", "el", "en"));
  }

  private static Run run(String provider, List<String> options, List<String> main) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath(provider)));
    command.addAll(options);
    command.addAll(main);
    Process process = new ProcessBuilder(command).start();
    // A thread per stream, never the common pool: it has one worker on 2 cores (JDK 25 queues there).
    ExecutorService streams = Executors.newFixedThreadPool(2);
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()), streams);
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()), streams);
    streams.shutdown();
    process.getOutputStream().close();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process ends");
    return new Run(process.exitValue(), new String(out.join(), StandardCharsets.UTF_8).lines().toList(),
        new String(err.join(), StandardCharsets.UTF_8));
  }

  private static byte[] readAll(InputStream stream) {
    try {
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Hibernate Validator reads EL as an optional module: a host adds it (ADR 0007). */
  private static Run hibernate() throws IOException, InterruptedException {
    return run("hibernate", List.of("--add-modules", "jakarta.el"));
  }

  private static Run bval() throws IOException, InterruptedException {
    return run("bval", List.of());
  }

  private static void assertComplete(Run run) {
    assertEquals(0, run.status(), run.err());
    List<String> expected = new ArrayList<>(EXPECTED_GREEK);
    expected.addAll(EXPECTED_ENGLISH);
    expected.add("generated|true|true");
    assertEquals(expected, run.out(), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  @DisplayName("K4-K6, X7: complete Greek and English messages and readable codes under Hibernate Validator")
  void hibernateValidator() throws Exception {
    assertComplete(hibernate());
  }

  @Test
  @DisplayName("K4-K6, X7: the same messages and codes under Apache BVal")
  void apacheBval() throws Exception {
    assertComplete(bval());
  }

  @Test
  @DisplayName("X6: the host logs in with Thyrida's GSIS client from its own module, logs out, and is then denied")
  void gsisLogin() throws Exception {
    Run run = run("bval", List.of(), List.of("-m", "com.example.kep/com.example.kep.login.SignIn"));
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of("login|User068933130|068933130|ΔΟΚΙΜΑΣΤΙΚΟΣ",
        "logout|https://kep.example.com/",
        "again|GsisDeniedException|GSIS authorization: the login was refused (access_denied)"), run.out(), run.err());
    assertFalse(run.err().contains("host-secret"), run.err());
  }
}
