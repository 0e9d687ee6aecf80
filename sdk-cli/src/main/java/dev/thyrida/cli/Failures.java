package dev.thyrida.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * How a run fails: a usage error or an input error prints {@code thyrida: } and the message to
 * standard error and exits 2; nothing is written to standard output. Any other exception is a bug:
 * it is reported the same way, with its type, and also exits 2 (never a stack trace on a user).
 */
final class Failures {

  private Failures() {}

  /** Usage errors found while parsing the arguments. */
  static final class Usage implements IParameterExceptionHandler {
    /** Values this long are masked even where a message does not quote them. */
    private static final int SHORTEST_MASKED_ANYWHERE = 5;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine line = e.getCommandLine();
      PrintWriter err = line.getErr();
      err.println("thyrida: " + masked(e.getMessage(), line, args));
      if (line.getSubcommands().isEmpty()) {
        err.println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
      } else {
        // a command that is only a group: the user needs its subcommands, so show them
        line.usage(err);
      }
      return Thyrida.USAGE_OR_INPUT_ERROR;
    }

    /**
     * D5: a command that reads passwords, or a group holding one ({@code check}), masks every
     * argument value in its usage errors, since a user may have typed a password as an argument by
     * mistake (ADR 0062).
     */
    private static String masked(String message, CommandLine line, String[] args) {
      if (!readsSecrets(line)) {
        return message;
      }
      String result = message;
      List<String> commandNames = List.of(line.getCommandSpec().qualifiedName().split(" "));
      for (String arg : args) {
        if (commandNames.contains(arg)) {
          continue;
        }
        String value = arg.startsWith("-") && arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : arg;
        if (!value.isEmpty() && !value.startsWith("-")) {
          result = mask(result, value);
        }
      }
      return result;
    }

    /**
     * Masks a value where the messages quote it ({@code 'value'}, {@code --option=value'}), and
     * anywhere else when it is long enough to be a password: a short value such as {@code en}
     * would otherwise mangle the message's own words ({@code case-ins***sitive}).
     */
    private static String mask(String message, String value) {
      String result = message.replace("'" + value + "'", "'***'").replace("=" + value + "'", "=***'");
      return value.length() >= SHORTEST_MASKED_ANYWHERE ? result.replace(value, "***") : result;
    }
  }

  private static boolean readsSecrets(CommandLine line) {
    for (CommandLine each = line; each != null; each = each.getParent()) {
      if (each.getCommand() instanceof ReadsSecrets) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether standard output took everything written to it (ADR 0111): after the command it is
   * flushed and checked; a failed write (a full disk, {@code >/dev/full}) is reported on standard
   * error in one line, and the run exits 2, since its output is incomplete.
   */
  static boolean outputWritten(Session session) {
    if (!session.out().checkError()) {
      return true;
    }
    session.err().println("thyrida: " + Language.of(null, session.locale()).text("output.failed"));
    return false;
  }

  /** Errors raised while a command runs: usage errors found late, input errors, bugs. */
  static final class Execution implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine line, ParseResult parsed) throws Exception {
      if (e instanceof ParameterException) {
        return new Usage().handleParseException((ParameterException) e, parsed.originalArgs().toArray(String[]::new));
      }
      PrintWriter err = line.getErr();
      if (e instanceof InputException) {
        err.println("thyrida: " + e.getMessage());
      } else {
        err.println("thyrida: internal error (" + e.getClass().getName() + "): " + e.getMessage());
        err.println("Please report it with the command line that caused it (never with a password).");
      }
      return Thyrida.USAGE_OR_INPUT_ERROR;
    }
  }
}
