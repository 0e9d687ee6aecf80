package dev.thyrida.cli.credential;

import dev.thyrida.cli.shell.Language;
import dev.thyrida.cli.shell.LanguageOption;
import dev.thyrida.cli.shell.Output;
import dev.thyrida.cli.shell.Session;
import dev.thyrida.cli.text.Lines;
import dev.thyrida.policy.credential.CredentialPolicy;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options {@code check username} and {@code check password} share (a picocli mixin). */
public final class CheckOptions {

  @Mixin
  private ProfileOption profile;

  @Option(names = "--format", paramLabel = "text|codes|json", defaultValue = "text",
      description = "Output: text (explained, default), codes (exactly one line per input line: OK or CODE,CODE), "
          + "json (one object per line).")
  private CheckFormat format;

  @Mixin
  private LanguageOption lang;

  /** Creates the mixin; picocli fills it. */
  public CheckOptions() {
    // filled by picocli
  }

  /**
   * Reads standard input one candidate at a time (docs/cli.md, standard input), judges it and prints its judgement
   * before reading the next, so memory stays flat in the number of lines; stops at once when
   * standard output is closed (docs/cli.md, output failures). When the input holds secrets, an input error names no
   * byte of it (D5).
   *
   * @return 0 when all are valid, else 1
   */
  int run(Session session, boolean secret, Judge judge) {
    CredentialPolicy policy = profile.policy();
    Language language = lang.language(session);
    Lines lines = new Lines(session.in(), secret, language);
    VerdictPrinter printer = new VerdictPrinter(format, language, session.out());
    for (Optional<Judgement> next = judge.next(lines, policy, language); next.isPresent();
        next = judge.next(lines, policy, language)) {
      printer.print(next.get());
      if (printer.stopped()) {
        return 0; // the reader went away: its status is the pipe's (Thyrida.run)
      }
    }
    return printer.finish();
  }

  /** Judges the next candidate of standard input with a policy. */
  @FunctionalInterface
  interface Judge {
    /** The next candidate's judgement, or empty at the end; the language is for an input error. */
    Optional<Judgement> next(Lines lines, CredentialPolicy policy, Language language);
  }
}
