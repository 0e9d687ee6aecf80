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
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine line = e.getCommandLine();
      PrintWriter err = line.getErr();
      err.println("thyrida: " + masked(e.getMessage(), line, args));
      err.println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
      return Thyrida.USAGE_OR_INPUT_ERROR;
    }

    /**
     * D5: a command that reads passwords masks every argument value in its usage errors, since a
     * user may have typed a password as an argument by mistake.
     */
    private static String masked(String message, CommandLine line, String[] args) {
      if (!(line.getCommand() instanceof ReadsSecrets)) {
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
          result = result.replace(value, "***");
        }
      }
      return result;
    }
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
