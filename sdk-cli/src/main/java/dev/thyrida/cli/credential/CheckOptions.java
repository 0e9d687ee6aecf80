package dev.thyrida.cli.credential;

import dev.thyrida.cli.Language;
import dev.thyrida.cli.LanguageOption;
import dev.thyrida.cli.Session;
import dev.thyrida.cli.text.Lines;
import dev.thyrida.policy.credential.CredentialPolicy;
import java.util.List;
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
   * Reads standard input (ADR 0061), judges its lines, prints the judgements in the chosen format;
   * when the input holds secrets, an input error names no byte of it (D5).
   *
   * @return 0 when all are valid, else 1
   */
  int run(Session session, boolean secret, Judge judge) {
    CredentialPolicy policy = profile.policy();
    Language language = lang.language(session);
    List<Judgement> judgements = judge.judge(Lines.read(session.in(), secret, language), policy, language);
    return new VerdictPrinter(format, language, session.out()).printAll(judgements);
  }

  /** Judges the lines of standard input with a policy. */
  @FunctionalInterface
  interface Judge {
    /** The judgements of the lines, in order; the language is for an input error. */
    List<Judgement> judge(List<String> lines, CredentialPolicy policy, Language language);
  }
}
