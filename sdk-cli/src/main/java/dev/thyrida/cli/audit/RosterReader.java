package dev.thyrida.cli.audit;

import dev.thyrida.cli.shell.InputException;
import dev.thyrida.cli.shell.Language;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a roster export whole (docs/cli.md, the roster files): every file, every row, every cell and every reference is
 * checked before anything is reported, and any problem fails the run listing them all.
 */
public final class RosterReader {

  private RosterReader() {}

  /**
   * Reads and checks the five files.
   *
   * @param files the files
   * @param language the language of the problems
   * @return the roster
   * @throws InputException listing every problem as {@code file:line:column (header): what}
   */
  static Roster read(RosterFiles files, Language language) {
    Problems problems = new Problems(language);
    Optional<List<Row>> employeeRows = CsvFile.read(files.employees(), RosterFiles.EMPLOYEE_COLUMNS, problems);
    Optional<List<Row>> kepRows = CsvFile.read(files.keps(), RosterFiles.KEP_COLUMNS, problems);
    Optional<List<Row>> postingRows = CsvFile.read(files.postings(), RosterFiles.POSTING_COLUMNS, problems);
    Optional<List<Row>> mailboxRows = CsvFile.read(files.mailboxes(), RosterFiles.MAILBOX_COLUMNS, problems);
    Optional<List<Row>> roleRows = CsvFile.read(files.roles(), RosterFiles.ROLE_COLUMNS, problems);
    Map<TaxId, Long> employees = keys(employeeRows, "tax_id", Cells::taxId, problems);
    Map<KepCode, Long> keps = keys(kepRows, "kep_code", KepCode::of, problems);
    Map<MailboxId, Long> mailboxes = keys(mailboxRows, "mailbox_id", MailboxId::of, problems);
    Roster roster = new Roster(
        each(kepRows, row -> KepRows.kep(row, problems, employees)),
        each(mailboxRows, row -> KepRows.mailbox(row, problems, keps)),
        each(roleRows, row -> KepRows.role(row, problems, mailboxes, employees)),
        each(employeeRows, row -> StaffRows.employee(row, problems)),
        each(postingRows, row -> StaffRows.posting(row, problems, employees, keps)));
    noRepeatedRole(roleRows.orElse(List.of()), problems);
    problems.throwIfAny();
    return roster;
  }

  /**
   * The keys a file defines, each with its line; a repeated key is a problem on its later line. Null
   * when the file could not be read: its keys are unknown and no reference is checked against it.
   */
  private static <K> Map<K, Long> keys(Optional<List<Row>> rows, String column, Function<String, K> make,
      Problems problems) {
    if (rows.isEmpty()) {
      return null;
    }
    Map<K, Long> seen = new HashMap<>();
    Problems ignored = new Problems(problems.language());
    for (Row row : rows.get()) {
      // A bad key cell is reported once, by the row's own reader; here it is only skipped.
      References.unique(row, column, Cells.required(row, column, ignored, make), seen, problems);
    }
    return seen;
  }

  private static <T> List<T> each(Optional<List<Row>> rows, Function<Row, Optional<T>> reader) {
    List<T> read = new ArrayList<>();
    rows.orElse(List.of()).forEach(row -> reader.apply(row).ifPresent(read::add));
    return read;
  }

  /** The same person in the same role of the same mailbox twice is a problem on the later line. */
  private static void noRepeatedRole(List<Row> rows, Problems problems) {
    Map<List<String>, Long> seen = new HashMap<>();
    for (Row row : rows) {
      List<String> key = List.of(row.optional("mailbox_id").orElse(""), row.optional("tax_id").orElse(""),
          row.optional("role").orElse("").toLowerCase(Locale.ROOT));
      Long first = seen.putIfAbsent(key, row.line());
      if (first != null) {
        problems.cell(row.file(), row.line(), row.columnNumber("role"), "role", "roster.duplicate-role", "line", first);
      }
    }
  }
}
