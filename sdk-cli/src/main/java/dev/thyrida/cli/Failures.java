package dev.thyrida.cli;

import dev.thyrida.cli.text.Printable;
import java.io.PrintWriter;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * How a run fails: a usage error or an input error prints {@code thyrida: } and the message to
 * standard error and exits 2; nothing is written to standard output. Any other exception is a bug:
 * it is reported the same way, with its type only, and also exits 2 (never a stack trace on a user).
 */
final class Failures {

  private Failures() {}

  /** Usage errors found while parsing the arguments. */
  static final class Usage implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine line = e.getCommandLine();
      PrintWriter err = line.getErr();
      err.println("thyrida: " + message(e, args));
      if (line.getSubcommands().isEmpty()) {
        err.println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
      } else {
        // a command that is only a group: the user needs its subcommands, so show them
        line.usage(err);
      }
      return Thyrida.USAGE_OR_INPUT_ERROR;
    }

    /**
     * D5 (ADR 0062): a command that can read a secret writes its usage errors from its own model,
     * never from the arguments; any other command shows picocli's message with every long argument
     * cut and every non-printing character escaped.
     */
    private static String message(ParameterException e, String[] args) {
      if (Guarded.applies(e.getCommandLine())) {
        return Guarded.message(e, args);
      }
      String message = e.getMessage();
      for (String arg : args) {
        if (arg.codePointCount(0, arg.length()) > Printable.MOST_SHOWN) {
          message = message.replace(arg, Printable.cut(arg));
        }
      }
      return Printable.escapedLines(message);
    }
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
        err.println("thyrida: " + Printable.escapedLines(e.getMessage()));
      } else {
        // a bug: its type only, since its message may quote input, a password included (D5)
        err.println("thyrida: internal error (" + e.getClass().getName() + ")");
        err.println("Please report it with the command line that caused it (never with a password).");
      }
      return Thyrida.USAGE_OR_INPUT_ERROR;
    }
  }
}
