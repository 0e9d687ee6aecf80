package dev.thyrida.cli;

import dev.thyrida.cli.shell.Session;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * One run of {@code thyrida} as a process would see it: arguments and standard input bytes in,
 * standard output, standard error and the exit status out.
 *
 * @param status the exit status
 * @param out what was written to standard output
 * @param err what was written to standard error
 */
public record Run(int status, String out, String err) {

  /** The instant the test clock shows. */
  public static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

  /**
   * Runs with the given standard input bytes, an English locale and the test clock.
   *
   * @param stdin the bytes on standard input
   * @param args the arguments
   * @return the run
   */
  public static Run of(byte[] stdin, String... args) {
    return in(Locale.ENGLISH, stdin, args);
  }

  /**
   * Runs with standard input given as UTF-8 text.
   *
   * @param stdin the text on standard input
   * @param args the arguments
   * @return the run
   */
  public static Run of(String stdin, String... args) {
    return of(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /**
   * Runs in a locale.
   *
   * @param locale the session's locale
   * @param stdin the bytes on standard input
   * @param args the arguments
   * @return the run
   */
  public static Run in(Locale locale, byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Session session = new Session(new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err),
        Clock.fixed(NOW, ZoneOffset.UTC), locale);
    int status = Thyrida.run(args, session);
    return new Run(status, out.toString(), err.toString());
  }

  /** Asserts a usage or input error: status 2, nothing on standard output, a message on standard error. */
  public void assertFailedWithStatus2() {
    org.junit.jupiter.api.Assertions.assertEquals(2, status, err);
    org.junit.jupiter.api.Assertions.assertEquals("", out, "nothing on standard output");
    org.junit.jupiter.api.Assertions.assertTrue(err.startsWith("thyrida: "), err);
  }

  /**
   * Standard output's lines.
   *
   * @return the lines, without their line separators
   */
  public List<String> lines() {
    return out.isEmpty() ? List.of() : List.of(out.split("\\R", -1)).subList(0, out.split("\\R", -1).length - 1);
  }
}
