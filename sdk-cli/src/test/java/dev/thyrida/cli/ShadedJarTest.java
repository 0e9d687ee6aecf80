package dev.thyrida.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code sdk-cli/target/thyrida.jar} as a real process (after {@code package}; skipped when
 * the jar is absent, e.g. in an IDE): arguments, standard input bytes, standard output, exit status.
 */
class ShadedJarTest {

  /** One process run; the JVM is told its default charset is Latin-1, to prove output is UTF-8 anyway. */
  private static Run java(byte[] stdin, String... args) throws IOException, InterruptedException {
    return java(Map.of(), stdin, args);
  }

  /** A process run with these locale variables ({@code LANG}, …) set and the others removed. */
  private static Run java(Map<String, String> locale, byte[] stdin, String... args)
      throws IOException, InterruptedException {
    return Jar.run(List.of("-Dfile.encoding=ISO-8859-1", "-Dstdout.encoding=ISO-8859-1",
        "-Dsun.stdout.encoding=ISO-8859-1", "-Duser.language=en"), locale, stdin, args);
  }

  @Test
  @DisplayName("The jar prints its version and exits 0")
  void version() throws Exception {
    Run run = java(new byte[0], "--version");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("thyrida 0."), run.out());
  }

  @Test
  @DisplayName("K4: the jar judges usernames from stdin and writes Greek as UTF-8 whatever the platform charset")
  void greekIsUtf8() throws Exception {
    Run run = java("μαρία\n".getBytes(StandardCharsets.UTF_8), "check", "username", "--lang", "el");
    assertEquals(1, run.status());
    assertTrue(run.out().startsWith("γραμμή 1 \"μαρία\": μη έγκυρο"), run.out());
  }

  @Test
  @DisplayName("docs/cli.md, standard input: binary garbage on the jar's stdin exits 2 naming the line, after the lines before it")
  void binaryGarbage() throws Exception {
    Run run = java(new byte[] {'o', 'k', '\n', (byte) 0xFF, 0, 1, 2}, "check", "password", "--format", "codes");
    assertEquals(2, run.status());
    assertEquals(1, run.out().lines().count(), run.out());
    assertTrue(run.err().contains("line 2, byte 1"), run.err());
  }

  @Test
  @DisplayName("D5: the jar names a password's bad byte by its place only, never by its value")
  void badPasswordByteNotEchoed() throws Exception {
    Run run = java(new byte[] {'P', (byte) 0xE4, 's', 's', 'w', 'o', 'r', 'd', '1', '!', '\n'}, "check", "password");
    run.assertFailedWithStatus2();
    for (String piece : List.of("E4", "e4", "\u00e4")) {
      assertTrue(!run.err().contains(piece), run.err());
    }
  }

  @Test
  @DisplayName("The jar speaks Greek under LANG=el_GR.UTF-8 even when the JVM's locale is English")
  void greekFromLang() throws Exception {
    Run run = java(Map.of("LANG", "el_GR.UTF-8"), "μαρία\n".getBytes(StandardCharsets.UTF_8), "check", "username");
    assertTrue(run.out().startsWith("γραμμή 1"), run.out());
    Run english = java(Map.of("LANG", "el_GR.UTF-8", "LC_ALL", "C"), "μαρία\n".getBytes(StandardCharsets.UTF_8),
        "check", "username");
    assertTrue(english.out().startsWith("line 1"), english.out());
  }

  @Test
  @DisplayName("docs/cli.md, output failures: the jar writing to a full disk (/dev/full) exits 2 with one line on stderr")
  void fullDisk() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full exists");
    Process process = new ProcessBuilder(Jar.command(List.of(), "check", "username", "--format", "codes"))
        .redirectOutput(new java.io.File("/dev/full")).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    CompletableFuture<byte[]> err = Jar.async(() -> Jar.readAll(process.getErrorStream()));
    try (var in = process.getOutputStream()) {
      in.write("maria_pap\n".getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process ends");
    assertEquals(2, process.exitValue());
    String message = new String(err.join(), StandardCharsets.UTF_8);
    assertTrue(message.startsWith("thyrida: ") && message.strip().lines().count() == 1, message);
  }

  @Test
  @DisplayName("The README's main job: the jar runs the tour, every step as the circular expects, exit 0")
  void tour() throws Exception {
    Run run = java(new byte[0], "tour", "--lang", "el");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("Ξενάγηση Thyrida"), run.out());
  }

  @Test
  @DisplayName("The jar audits the sample rosters: clean exits 0, findings exits 1, a missing directory exits 2")
  void audit() throws Exception {
    assertEquals(0, java(new byte[0], "audit", "--dir", "../docs/examples/clean", "--at", "2026-11-22").status());
    Run findings = java(new byte[0], "audit", "--dir", "../docs/examples/findings", "--at", "2026-11-22", "--format", "csv");
    assertEquals(1, findings.status(), findings.err());
    assertTrue(findings.out().startsWith("severity,code,clause,kep,mailbox,person,person_name,since,days,message"),
        findings.out());
    java(new byte[0], "audit", "--dir", "no-such-directory").assertFailedWithStatus2();
  }
}
