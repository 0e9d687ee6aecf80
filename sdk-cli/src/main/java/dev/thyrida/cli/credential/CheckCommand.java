package dev.thyrida.cli.credential;

import dev.thyrida.cli.shell.ReadsSecrets;
import dev.thyrida.cli.shell.UsageException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code thyrida check}: the parent of {@code check username} and {@code check password}. It reads
 * secrets through {@code check password}, so the usage errors of the whole group mask argument
 * values (D5: a password typed after {@code check} is never repeated).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check service usernames or passwords (K4-K6) read from standard input, one per line.",
    footer = {"", "Exit status: 0 all valid, 1 any invalid, 2 usage or input error (also: no subcommand)."})
public final class CheckCommand implements Callable<Integer>, ReadsSecrets {

  @Spec
  private CommandSpec spec;

  /** Creates the command; subcommands are added by the root. */
  public CheckCommand() {
    // configured by picocli
  }

  @Override
  public Integer call() {
    throw new UsageException(spec.commandLine(), "Missing subcommand: username or password");
  }
}
