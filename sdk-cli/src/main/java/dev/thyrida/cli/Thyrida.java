package dev.thyrida.cli;

import dev.thyrida.cli.audit.AuditCommand;
import dev.thyrida.cli.credential.CheckCommand;
import dev.thyrida.cli.credential.CheckPassword;
import dev.thyrida.cli.credential.CheckUsername;
import dev.thyrida.cli.credential.SuggestUsername;
import dev.thyrida.cli.explain.ExplainCommand;
import dev.thyrida.cli.shell.Language;
import dev.thyrida.cli.shell.ReadsSecrets;
import dev.thyrida.cli.shell.Session;
import dev.thyrida.cli.shell.UsageException;
import dev.thyrida.cli.tour.TourCommand;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code thyrida} command: the entry point that dispatches to its subcommands. */
@Command(
    name = "thyrida",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Rules of Greek KEP mailboxes (θυρίδες ΚΕΠ) and public-administration credentials.",
    footer = {"", "Exit status: 0 success or all valid, 1 findings or invalid candidates, 2 usage or input error,",
        "141 standard output closed by its reader (as a shell reports for a tool stopped by SIGPIPE)."})
public final class Thyrida implements Runnable, ReadsSecrets {

  /** The status of a usage or input error. */
  public static final int USAGE_OR_INPUT_ERROR = 2;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  private final Locale locale;

  /** Creates the command, its messages in English; {@link #run(String[], Session)} wires its subcommands. */
  public Thyrida() {
    this(Locale.ENGLISH);
  }

  private Thyrida(Locale locale) {
    this.locale = locale;
  }

  /**
   * Runs the command line on the process's streams (UTF-8 whatever the platform default) and exits
   * the JVM with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, Session.system()));
  }

  /**
   * Runs the command line without exiting, with no standard input, for tests and embedding.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit status: 0 success, 1 findings or invalid input, 2 usage or input error
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, Session.of(out, err));
  }

  /**
   * Runs the command line in a session without exiting; flushes both writers before returning.
   *
   * @param args the arguments
   * @param session standard input, output and error, the clock and the locale
   * @return the exit status: 0 success, 1 findings or invalid input, 2 usage or input error
   */
  public static int run(String[] args, Session session) {
    try {
      int status = commandLine(session).execute(args);
      return Failures.afterOutput(session, status);
    } catch (Error e) {
      // out of memory or a stack overflow: the memory the run held is free again once unwound here
      return Failures.error(session, e);
    } finally {
      session.out().flush();
      session.err().flush();
    }
  }

  private static CommandLine commandLine(Session session) {
    CommandLine line = new CommandLine(new Thyrida(session.locale()))
        .addSubcommand(new CommandLine(new CheckCommand())
            .addSubcommand(new CheckUsername(session))
            .addSubcommand(new CheckPassword(session)))
        .addSubcommand(new SuggestUsername(session))
        .addSubcommand(new AuditCommand(session))
        .addSubcommand(new TourCommand(session))
        .addSubcommand(new ExplainCommand(session));
    everyCommand(line, each -> each.getCommandSpec().versionProvider(new VersionProvider()));
    line.setOut(session.out());
    line.setErr(session.err());
    line.setCaseInsensitiveEnumValuesAllowed(true);
    // an @file argument would read a file into the arguments, a password file included (ADR 0062)
    line.setExpandAtFiles(false);
    line.setParameterExceptionHandler(new Failures.Usage(session.locale()));
    line.setExecutionExceptionHandler(new Failures.Execution(session.locale()));
    return line;
  }

  private static void everyCommand(CommandLine line, Consumer<CommandLine> action) {
    action.accept(line);
    line.getSubcommands().values().forEach(sub -> everyCommand(sub, action));
  }

  /** Without a command: a usage error (exit 2), the usage on standard error. */
  @Override
  public void run() {
    throw new UsageException(spec.commandLine(), Language.of(null, locale).text("usage.missing-command"));
  }
}
