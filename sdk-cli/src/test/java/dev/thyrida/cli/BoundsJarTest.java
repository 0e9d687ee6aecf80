package dev.thyrida.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, defects 5 and 6: the jar under a small heap and with its reader gone. */
class BoundsJarTest {

  private static byte[] repeated(String line, int times) {
    return line.repeat(times).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("docs/cli.md, standard input: a 16 MiB line under -Xmx64m is an input error naming the line, one line, exit 2")
  void hugeLine() throws Exception {
    Run run = Jar.run(List.of("-Xmx64m"), Map.of(), repeated("x", 16 << 20), "check", "username", "--format", "codes");
    assertEquals(2, run.status(), run.err());
    assertEquals("thyrida: line 1: longer than 4096 bytes, which no username or password is; is this the right input?",
        run.err().strip());
  }

  @Test
  @DisplayName("docs/cli.md, standard input: a million lines under -Xmx64m are judged one at a time, one answer per line")
  void millionLines() throws Exception {
    Run run = Jar.run(List.of("-Xmx64m"), Map.of(), repeated("maria_pap\n", 1_000_000), "check", "username",
        "--format", "codes");
    assertEquals(0, run.status(), run.err());
    assertEquals(1_000_000, run.out().lines().count());
    assertEquals("", run.err());
  }

  @Test
  @DisplayName("An out-of-memory error is one line on standard error and exit 2, never a stack trace")
  void outOfMemory(@TempDir Path temp) throws Exception {
    for (String file : List.of("keps.csv", "mailboxes.csv", "roles.csv", "postings.csv")) {
      Files.copy(Path.of("..", "docs", "examples", "clean", file), temp.resolve(file));
    }
    try (OutputStream out = Files.newOutputStream(temp.resolve("employees.csv"))) {
      out.write("tax_id,given_name,family_name,agency,status,lost_on,loss_reason\n".getBytes(StandardCharsets.UTF_8));
      byte[] row = "068933130,Μαρία,Παπαδοπούλου,dimos-nafplieon,active,,\n".getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 600_000; i++) {
        out.write(row);
      }
    }
    Run run = Jar.run(List.of("-Xmx48m"), Map.of(), new byte[0], "audit", "--dir", temp.toString());
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().startsWith("thyrida: the run ran out of memory (OutOfMemoryError)"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  @DisplayName("docs/cli.md, output failures: when the reader closes the pipe the jar stops early and quietly, exit 141")
  void closedPipe() throws Exception {
    Process process = new ProcessBuilder(Jar.command(List.of(), "check", "username", "--format", "codes")).start();
    CompletableFuture<byte[]> err = Jar.async(() -> Jar.readAll(process.getErrorStream()));
    CompletableFuture<Long> written = Jar.async(() -> {
      long lines = 0;
      try (OutputStream in = process.getOutputStream()) {
        byte[] block = repeated("maria_pap\n", 1000);
        for (; lines < 5_000_000; lines += 1000) {
          in.write(block);
        }
      } catch (IOException e) {
        // the command stopped reading: as it should
      }
      return lines;
    });
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("OK", out.readLine()); // head -1
    }
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process ends");
    assertEquals(141, process.exitValue(), new String(err.join(), StandardCharsets.UTF_8));
    assertEquals("", new String(err.join(), StandardCharsets.UTF_8));
    assertTrue(written.join() < 5_000_000, "stopped reading after " + written.join() + " lines");
  }
}
