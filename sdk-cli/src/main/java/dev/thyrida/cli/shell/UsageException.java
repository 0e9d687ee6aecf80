package dev.thyrida.cli.shell;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A usage error whose message Thyrida wrote from the command's own names (options, subcommands,
 * accepted values) and never from an argument's value, so it is shown as it is even by a command
 * that reads secrets (ADR 0062). Every usage error found by picocli itself is, in such a command,
 * rewritten by {@code dev.thyrida.cli.Failures} instead.
 */
public final class UsageException extends ParameterException {

  private static final long serialVersionUID = 1L;

  /**
   * A usage error of a command.
   *
   * @param line the command whose usage was wrong
   * @param message what is wrong, naming the option and what it accepts, never the value given
   */
  public UsageException(CommandLine line, String message) {
    super(line, message);
  }
}
