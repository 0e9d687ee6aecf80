package dev.thyrida.cli.shell;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a run of the command sees of the world (the edge): standard input as bytes, standard output
 * and error as UTF-8 writers, the clock that says "now", and the locale that picks the default
 * language. {@link #system()} wires the real ones, reading the locale from the environment as a Unix
 * user sets it; tests pass byte streams, a fixed clock and a locale.
 *
 * @param in standard input, read as bytes (decoded as UTF-8 by the commands)
 * @param out standard output
 * @param err standard error
 * @param clock the clock that gives the default instant of an audit
 * @param locale the locale whose language picks Greek or English when {@code --lang} is absent
 */
public record Session(InputStream in, PrintWriter out, PrintWriter err, Clock clock, Locale locale) {

  /**
   * Checks that every part is present.
   *
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param clock the clock
   * @param locale the locale
   */
  public Session {
    Objects.requireNonNull(in, "Session: in is required");
    Objects.requireNonNull(out, "Session: out is required");
    Objects.requireNonNull(err, "Session: err is required");
    Objects.requireNonNull(clock, "Session: clock is required");
    Objects.requireNonNull(locale, "Session: locale is required");
  }

  /**
   * The process's own streams, written as UTF-8 whatever the platform's default charset, with the
   * system clock and the locale of the environment ({@link #locale(UnaryOperator, Locale)}).
   *
   * @return the session of a real run
   */
  public static Session system() {
    // the descriptors, not System.out: a PrintStream swallows write errors that checkError must see (docs/cli.md, output failures)
    return new Session(System.in, Output.to(new FileOutputStream(FileDescriptor.out)),
        Output.to(new FileOutputStream(FileDescriptor.err)), Clock.systemUTC(),
        locale(System::getenv, Locale.getDefault()));
  }

  /**
   * The locale a Unix user asked for (docs/cli.md, the language): the first of {@code LC_ALL}, {@code LC_MESSAGES},
   * {@code LANG} that is set and not empty decides; Greek when it starts with {@code el}, else the
   * JVM's default locale. The JVM alone is not enough: where the Greek locale is not installed it
   * falls back to English even under {@code LANG=el_GR.UTF-8}.
   *
   * @param environment the environment's variables by name (null when unset)
   * @param fallback the locale when no variable asks for Greek, e.g. {@code Locale.getDefault()}
   * @return Greek or the fallback
   */
  public static Locale locale(UnaryOperator<String> environment, Locale fallback) {
    for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
      String value = environment.apply(name);
      if (value != null && !value.isEmpty()) {
        return value.startsWith("el") ? Language.EL.locale() : fallback;
      }
    }
    return fallback;
  }

  /**
   * A session with no input, the system clock and the default locale, writing to the given writers.
   *
   * @param out standard output
   * @param err standard error
   * @return the session
   */
  public static Session of(PrintWriter out, PrintWriter err) {
    return new Session(new ByteArrayInputStream(new byte[0]), out, err, Clock.systemUTC(), Locale.getDefault());
  }
}
