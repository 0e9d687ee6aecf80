package dev.thyrida.cli;

import dev.thyrida.cli.shell.InputException;
import dev.thyrida.cli.shell.Language;
import dev.thyrida.cli.shell.Output;
import dev.thyrida.cli.shell.Printable;
import dev.thyrida.cli.shell.Session;
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

  /** 128 + SIGPIPE (13): the status a shell reports for a tool whose reader closed the pipe. */
  static final int PIPE_CLOSED = 141;

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
   * The run's status once its output is flushed (docs/cli.md, output failures): the command's own when standard output
   * took everything; {@value #PIPE_CLOSED} and nothing more when its reader closed the pipe, as a
   * shell reports a Unix tool stopped by SIGPIPE; else (a full disk, {@code >/dev/full}) one line on
   * standard error and 2, since the output is incomplete.
   */
  static int afterOutput(Session session, int status) {
    if (!session.out().checkError()) {
      return status;
    }
    if (session.out() instanceof Output output && output.pipeClosed()) {
      return PIPE_CLOSED;
    }
    session.err().println("thyrida: " + Language.of(null, session.locale()).text("output.failed"));
    return Thyrida.USAGE_OR_INPUT_ERROR;
  }

  /**
   * A JVM error (out of memory, a stack overflow) as one line on standard error, never a trace, and
   * exit 2: the run did not finish, and 1 would read as "invalid" or "findings".
   */
  static int error(Session session, Error error) {
    session.err().println("thyrida: " + Language.of(null, session.locale()).text("input.memory", "what",
        error.getClass().getSimpleName()));
    return Thyrida.USAGE_OR_INPUT_ERROR;
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
