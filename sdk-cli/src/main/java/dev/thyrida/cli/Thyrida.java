package dev.thyrida.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code thyrida} command: the entry point that dispatches to its subcommands. */
@Command(
    name = "thyrida",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Rules of Greek KEP mailboxes (θυρίδες ΚΕΠ) and public-administration credentials.")
public final class Thyrida implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli instantiates it. */
  public Thyrida() {
    // configured by picocli
  }

  /**
   * Runs the command line and exits the JVM with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit status: 0 success, 1 findings or invalid input, 2 usage error
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new Thyrida());
    line.setOut(out);
    line.setErr(err);
    line.setExitCodeExceptionMapper(e -> 2);
    line.getCommandSpec().exitCodeOnInvalidInput(2);
    return line.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
