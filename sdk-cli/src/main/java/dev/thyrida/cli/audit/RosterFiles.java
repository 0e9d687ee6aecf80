package dev.thyrida.cli.audit;

import java.nio.file.Path;
import java.util.List;

/**
 * The five files of a roster export (docs/cli.md, the roster files): KEPs with their supervisors, their mailboxes, the
 * mailboxes' roles, and the HR facts (employees and postings).
 *
 * @param keps {@code keps.csv}
 * @param mailboxes {@code mailboxes.csv}
 * @param roles {@code roles.csv}
 * @param employees {@code employees.csv}
 * @param postings {@code postings.csv}
 */
public record RosterFiles(Path keps, Path mailboxes, Path roles, Path employees, Path postings) {

  /** The columns of {@code keps.csv}. */
  public static final List<String> KEP_COLUMNS =
      List.of("kep_code", "name", "municipality", "supervisor_tax_id", "supervisor_since");
  /** The columns of {@code mailboxes.csv}. */
  public static final List<String> MAILBOX_COLUMNS = List.of("mailbox_id", "kep_code", "state");
  /** The columns of {@code roles.csv}. */
  public static final List<String> ROLE_COLUMNS = List.of("mailbox_id", "tax_id", "role");
  /** The columns of {@code employees.csv}. */
  public static final List<String> EMPLOYEE_COLUMNS =
      List.of("tax_id", "given_name", "family_name", "agency", "status", "lost_on", "loss_reason");
  /** The columns of {@code postings.csv}. */
  public static final List<String> POSTING_COLUMNS =
      List.of("tax_id", "kep_code", "basis", "branch", "decision_ref", "valid_from", "valid_until");

  /**
   * The files under their standard names in a directory.
   *
   * @param directory the directory holding {@code keps.csv}, {@code mailboxes.csv}, {@code roles.csv},
   *     {@code employees.csv} and {@code postings.csv}
   * @return the files
   */
  public static RosterFiles in(Path directory) {
    // The current directory's files are named plainly (keps.csv, not ./keps.csv) in every message.
    Path base = directory.normalize();
    return new RosterFiles(base.resolve("keps.csv"), base.resolve("mailboxes.csv"),
        base.resolve("roles.csv"), base.resolve("employees.csv"), base.resolve("postings.csv"));
  }
}
