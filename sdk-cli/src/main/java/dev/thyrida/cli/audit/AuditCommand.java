package dev.thyrida.cli.audit;

import dev.thyrida.cli.shell.InputException;
import dev.thyrida.cli.shell.Language;
import dev.thyrida.cli.shell.LanguageOption;
import dev.thyrida.cli.shell.Output;
import dev.thyrida.cli.shell.ReadsSecrets;
import dev.thyrida.cli.shell.Session;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.policy.audit.Audit;
import dev.thyrida.policy.decide.GovernanceRules;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code thyrida audit}: reads a roster export (docs/cli.md, the roster files), replays it into the core's directory and
 * reports every compliance finding of {@link Audit#findings} at an instant (C3, C6, C7, C10, D7, D8,
 * X2): severity, KEP, mailbox, person, clause, explanation, since when and for how long.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Audit a KEP roster export (keps.csv, mailboxes.csv, roles.csv, employees.csv, postings.csv), "
        + "or an event log with --store, and report every compliance finding at an instant. The files' columns are in docs/cli.md.",
    footer = {"", "Exit status: 0 no finding, 1 findings, 2 usage error or bad input (every problem listed as "
        + "file:line:column, nothing audited)."})
public final class AuditCommand implements Callable<Integer>, ReadsSecrets {

  private final Session session;

  @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".",
      description = "The directory holding the five files under their standard names (default: the current directory).")
  private Path directory;

  @Option(names = "--keps", paramLabel = "FILE", description = "keps.csv elsewhere (overrides --dir for this file).")
  private Path keps;

  @Option(names = "--mailboxes", paramLabel = "FILE", description = "mailboxes.csv elsewhere.")
  private Path mailboxes;

  @Option(names = "--roles", paramLabel = "FILE", description = "roles.csv elsewhere.")
  private Path roles;

  @Option(names = "--employees", paramLabel = "FILE", description = "employees.csv elsewhere.")
  private Path employees;

  @Option(names = "--postings", paramLabel = "FILE", description = "postings.csv elsewhere.")
  private Path postings;

  @Option(names = "--store", paramLabel = "JDBC_URL",
      description = "Audit the directory an event log holds instead of CSV files (PostgreSQL or H2). The user and "
          + "password come from THYRIDA_STORE_USER and THYRIDA_STORE_PASSWORD, or --store-credentials; never from the URL.")
  private String store;

  @Option(names = "--store-credentials", paramLabel = "FILE",
      description = "A properties file with user=... and password=... for --store.")
  private Path storeCredentials;

  @Option(names = "--at", paramLabel = "INSTANT",
      description = "The instant to audit at: 2026-11-22T09:00:00Z, or a date (2026-11-22 or 22/11/2026, midnight "
          + "in Athens). Default: now.")
  private String at;

  @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
      description = "Output: text (explained, default), json (one object per finding per line), csv (a header and "
          + "one row per finding).")
  private AuditFormat format;

  @Mixin
  private LanguageOption lang;

  /**
   * Creates the command for a session.
   *
   * @param session where it reads the clock and writes
   */
  public AuditCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Language language = lang.language(session);
    Instant instant = instant(language);
    Directory directory = store != null ? StoreDirectory.read(store, storeCredentials, System::getenv)
        : RosterEvents.directory(RosterReader.read(files(), language), instant);
    List<Report> reports = Audit.findings(directory, instant, GovernanceRules.defaults()).stream()
        .map(finding -> Report.of(finding, directory, instant, language)).toList();
    String heading = language.text("audit.heading", "at", Cells.local(instant), "keps", directory.keps().size(),
        "mailboxes", directory.mailboxes().size(), "employees", directory.employees().size());
    new ReportPrinter(format, language, session.out()).print(heading, reports);
    return reports.isEmpty() ? 0 : 1;
  }

  private Instant instant(Language language) {
    if (at == null) {
      return session.clock().instant();
    }
    try {
      return Cells.instant(at.strip());
    } catch (IllegalArgumentException e) {
      throw new InputException("--at: " + e.getMessage());
    }
  }

  private RosterFiles files() {
    RosterFiles standard = RosterFiles.in(directory);
    return new RosterFiles(keps == null ? standard.keps() : keps, mailboxes == null ? standard.mailboxes() : mailboxes,
        roles == null ? standard.roles() : roles, employees == null ? standard.employees() : employees,
        postings == null ? standard.postings() : postings);
  }
}
