package dev.thyrida.cli.credential;

import dev.thyrida.cli.shell.Session;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code thyrida check username}: judges each line of standard input as a service username (K4, D4). */
@Command(name = "username", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Judge service usernames (K4, D4) read from standard input, one per line: UTF-8, never trimmed, "
        + "an empty line is an empty username.",
    footer = {"", "Exit status: 0 all valid, 1 any invalid, 2 usage or input error."})
public final class CheckUsername implements Callable<Integer> {

  private final Session session;

  @Mixin
  private CheckOptions options;

  @Option(names = "--taxisnet-user", paramLabel = "ID",
      description = "The employee's TAXISnet user id; a username equal to it, ignoring case, is refused (D4).")
  private String taxisNetUser;

  /**
   * Creates the command for a session.
   *
   * @param session where it reads and writes
   */
  public CheckUsername(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    return options.run(session, false, (lines, policy, language) -> lines.next().map(username ->
        new Judgement(lines.number(), false, Optional.of(username),
            policy.checkUsername(username, Optional.ofNullable(taxisNetUser)), Optional.empty())));
  }
}
