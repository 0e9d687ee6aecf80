package dev.thyrida.cli.audit;

import dev.thyrida.cli.audit.Roster.KepRow;
import dev.thyrida.cli.audit.Roster.MailboxRow;
import dev.thyrida.cli.audit.Roster.RoleRow;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Kep;
import dev.thyrida.core.kep.MailboxState;
import dev.thyrida.core.kep.SupervisorTenure;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Reads the rows of {@code keps.csv}, {@code mailboxes.csv} and {@code roles.csv} (C1, C7, X2). */
final class KepRows {

  private KepRows() {}

  /** A KEP row; its supervisor must be in {@code employees.csv}. */
  static Optional<KepRow> kep(Row row, Problems problems, Map<TaxId, ?> employees) {
    int before = problems.count();
    KepCode code = Cells.required(row, "kep_code", problems, KepCode::of);
    String name = Cells.required(row, "name", problems, text -> Kep.of(KepCode.of("k"), text, "m").name());
    String municipality = Cells.required(row, "municipality", problems,
        text -> Kep.of(KepCode.of("k"), "n", text).municipality());
    Optional<TaxId> supervisor = Cells.optional(row, "supervisor_tax_id", problems, Cells::taxId);
    Optional<Instant> since = Cells.optional(row, "supervisor_since", problems, Cells::instant);
    References.known(row, "supervisor_tax_id", supervisor.orElse(null), employees, "roster.unknown-employee", problems);
    if (row.optional("supervisor_tax_id").isPresent() != row.optional("supervisor_since").isPresent()) {
      problems.cell(row.file(), row.line(), row.columnNumber("supervisor_since"), "supervisor_since",
          "roster.supervisor-pair");
    }
    if (problems.count() > before) {
      return Optional.empty();
    }
    return Optional.of(new KepRow(code, name, municipality,
        supervisor.map(person -> new SupervisorTenure(person, since.orElseThrow()))));
  }

  /** A mailbox row; its KEP must be in {@code keps.csv}. */
  static Optional<MailboxRow> mailbox(Row row, Problems problems, Map<KepCode, ?> keps) {
    int before = problems.count();
    MailboxId id = Cells.required(row, "mailbox_id", problems, MailboxId::of);
    KepCode kep = Cells.required(row, "kep_code", problems, KepCode::of);
    MailboxState state = Cells.required(row, "state", problems, Cells.oneOf(Vocabulary.STATE));
    References.known(row, "kep_code", kep, keps, "roster.unknown-kep", problems);
    return problems.count() > before ? Optional.empty() : Optional.of(new MailboxRow(id, kep, state));
  }

  /** A role row; its mailbox and person must be known. */
  static Optional<RoleRow> role(Row row, Problems problems, Map<MailboxId, ?> mailboxes, Map<TaxId, ?> employees) {
    int before = problems.count();
    MailboxId mailbox = Cells.required(row, "mailbox_id", problems, MailboxId::of);
    TaxId person = Cells.required(row, "tax_id", problems, Cells::taxId);
    Boolean administrator = Cells.required(row, "role", problems, Cells.oneOf(Vocabulary.ROLE));
    References.known(row, "mailbox_id", mailbox, mailboxes, "roster.unknown-mailbox", problems);
    References.known(row, "tax_id", person, employees, "roster.unknown-employee", problems);
    return problems.count() > before ? Optional.empty() : Optional.of(new RoleRow(mailbox, person, administrator));
  }
}
