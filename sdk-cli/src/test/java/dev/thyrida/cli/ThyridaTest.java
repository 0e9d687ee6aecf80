package dev.thyrida.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.cli.shell.Output;
import dev.thyrida.cli.shell.Session;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ThyridaTest {

  @Test
  void versionPrintsTheToolName() {
    StringWriter out = new StringWriter();
    int status = Thyrida.run(new String[] {"--version"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertEquals(0, status);
    assertTrue(out.toString().startsWith("thyrida "), out.toString());
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithStatus2() {
    StringWriter err = new StringWriter();
    int status = Thyrida.run(new String[] {"--no-such-option"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(2, status);
    assertTrue(err.toString().startsWith("thyrida: argument 1 is not a command or option of 'thyrida'"), err.toString());
  }

  @Test
  @DisplayName("No command is a usage error: status 2, the usage on standard error, nothing on standard output")
  void noCommandIsAUsageError() {
    Run run = Run.of("");
    run.assertFailedWithStatus2();
    assertTrue(run.err().contains("Missing command"), run.err());
    assertTrue(run.err().contains("Usage: thyrida"), run.err());
  }

  @Test
  @DisplayName("docs/cli.md, output failures: a failed write to standard output (a full disk) exits 2 with one line on standard error")
  void outputFailureIsAnError() {
    StringWriter err = new StringWriter();
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    Session session = new Session(new ByteArrayInputStream("maria_pap\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        new PrintWriter(full), new PrintWriter(err), Clock.systemUTC(), Locale.ENGLISH);
    int status = Thyrida.run(new String[] {"check", "username", "--format", "codes"}, session);
    assertEquals(2, status);
    assertEquals("thyrida: cannot write standard output (disk full or pipe closed?); the output is incomplete",
        err.toString().strip());
  }

  @Test
  @DisplayName("D5: a password typed after 'check' is masked in the usage error of the whole check group")
  void checkGroupMasksArguments() {
    for (String[] args : new String[][] {{"check", "S3cret!pw"}, {"check", "username", "S3cret!pw"},
        {"check", "--bogus=S3cret!pw"}}) {
      Run run = Run.of("", args);
      run.assertFailedWithStatus2();
      assertFalse(run.err().contains("S3cret"), run.err());
    }
  }

  @Test
  @DisplayName("D5, ADR 0062: a bad value is named by its option and what it accepts, never repeated")
  void badValueNamedByItsOption() {
    Run run = Run.of("", "check", "username", "--format", "bogus", "--lang", "en");
    run.assertFailedWithStatus2();
    assertTrue(run.err().startsWith("thyrida: invalid value for --format text|codes|json"), run.err());
    assertFalse(run.err().contains("bogus"), run.err());
  }

  @Test
  @DisplayName("ADR 0062: a command that reads no secret (tour) shows the value, escaped and cut")
  void otherCommandsShowTheValueEscaped() {
    Run run = Run.of("", "tour", "--x\u001b]0;t\u0007" + "y".repeat(200));
    run.assertFailedWithStatus2();
    assertTrue(run.err().contains("x\\u001B]0;t\\u0007yyy"), run.err());
    assertFalse(run.err().contains("\u001b") || run.err().contains("y".repeat(100)), run.err());
  }

  @Test
  @DisplayName("docs/cli.md, output failures: when standard output's reader goes away the run stops reading and exits 141, quietly")
  void closedPipeStopsEarly() {
    StringWriter err = new StringWriter();
    OutputStream pipe = new OutputStream() {
      private int taken;

      @Override
      public void write(int b) throws IOException {
        if (++taken > 100) {
          throw new IOException("Broken pipe");
        }
      }
    };
    byte[] lines = "maria_pap\n".repeat(100_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ByteArrayInputStream in = new ByteArrayInputStream(lines);
    Session session = new Session(in, Output.to(pipe), new PrintWriter(err), Clock.systemUTC(), Locale.ENGLISH);
    int status = Thyrida.run(new String[] {"check", "username", "--format", "codes"}, session);
    assertEquals(141, status);
    assertEquals("", err.toString());
    assertTrue(in.available() > lines.length / 2, "stopped early: " + in.available() + " bytes left");
  }

  @Test
  @DisplayName("A JVM error (out of memory) is one line on standard error and exit 2, never a stack trace")
  void errorIsOneLine() {
    StringWriter err = new StringWriter();
    java.io.InputStream exhausted = new java.io.InputStream() {
      @Override
      public int read() {
        throw new OutOfMemoryError("Java heap space");
      }
    };
    Session session = new Session(exhausted, new PrintWriter(new StringWriter()), new PrintWriter(err),
        Clock.systemUTC(), Locale.ENGLISH);
    assertEquals(2, Thyrida.run(new String[] {"check", "username"}, session));
    assertTrue(err.toString().startsWith("thyrida: the run ran out of memory (OutOfMemoryError)"), err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
  }
}
