package dev.thyrida.cli.credential;

import dev.thyrida.cli.Session;
import java.util.ArrayList;
import java.util.List;
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
    return options.run(session, false, (lines, policy, language) -> {
      List<Judgement> judgements = new ArrayList<>(lines.size());
      for (int i = 0; i < lines.size(); i++) {
        judgements.add(new Judgement(i + 1, false, Optional.of(lines.get(i)),
            policy.checkUsername(lines.get(i), Optional.ofNullable(taxisNetUser)), Optional.empty()));
      }
      return judgements;
    });
  }
}
