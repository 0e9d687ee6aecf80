package dev.thyrida.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertFalse;

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
    assertTrue(err.toString().contains("--no-such-option"), err.toString());
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
  @DisplayName("ADR 0111: a failed write to standard output (a full disk) exits 2 with one line on standard error")
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
  @DisplayName("D5: masking hides the values the user typed, not the words of the message")
  void maskingKeepsTheMessageWords() {
    Run run = Run.of("", "check", "username", "--format", "bogus", "--lang", "en");
    run.assertFailedWithStatus2();
    assertTrue(run.err().contains("(case-insensitive) but was '***'"), run.err());
    assertFalse(run.err().contains("bogus"), run.err());
  }
}
