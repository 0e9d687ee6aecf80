package dev.thyrida.cli.credential;

import dev.thyrida.cli.shell.InputException;
import dev.thyrida.cli.shell.ReadsSecrets;
import dev.thyrida.cli.shell.Session;
import dev.thyrida.policy.credential.strength.PasswordStrength;
import dev.thyrida.policy.credential.strength.Strength;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code thyrida check password}: judges each line of standard input as a service password (K5, D1),
 * or with {@code --confirm} each pair of lines as a password and its confirmation (K6, ADR 0062).
 * Passwords are read only from standard input and never written anywhere (D5).
 */
@Command(name = "password", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Judge service passwords (K5, K6, D1) read from standard input, one per line: UTF-8, never "
        + "trimmed, an empty line is an empty password. Passwords are never accepted as arguments and never shown.",
    footer = {"", "Exit status: 0 all valid, 1 any invalid, 2 usage or input error."})
public final class CheckPassword implements Callable<Integer>, ReadsSecrets {

  private final Session session;

  @Mixin
  private CheckOptions options;

  @Option(names = "--confirm",
      description = "Read lines in pairs: a password, then its confirmation (K6); an odd line count is an input error.")
  private boolean confirm;

  /**
   * Creates the command for a session.
   *
   * @param session where it reads and writes
   */
  public CheckPassword(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    return options.run(session, true, (lines, policy, language) -> lines.next().map(password -> {
      long line = lines.number();
      if (!confirm) {
        return new Judgement(line, false, Optional.empty(), policy.checkPassword(password), strength(password));
      }
      String confirmation = lines.next()
          .orElseThrow(() -> new InputException(language.text("check.unpaired", "line", line)));
      return new Judgement(line, true, Optional.empty(), policy.checkPassword(password, confirmation),
          strength(password));
    }));
  }

  private static Optional<Strength> strength(String password) {
    return Optional.of(PasswordStrength.estimate(password).strength());
  }
}
