package dev.thyrida.cli.audit;

import dev.thyrida.cli.audit.Roster.EmployeeRow;
import dev.thyrida.cli.audit.Roster.PostingRow;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.DecisionReference;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.ServantStatus;
import dev.thyrida.core.staff.StaffBranch;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Reads the HR rows of {@code employees.csv} and {@code postings.csv} (C3, C6, D8). */
final class StaffRows {

  private StaffRows() {}

  /** An employee row; {@code lost_on} and {@code loss_reason} are required exactly when the status is lost. */
  static Optional<EmployeeRow> employee(Row row, Problems problems) {
    int before = problems.count();
    TaxId taxId = Cells.required(row, "tax_id", problems, Cells::taxId);
    // Each name part is checked alone by the core's own rule, so a problem names its own column.
    String given = Cells.required(row, "given_name", problems, text -> PersonName.of(text, "x").given());
    String family = Cells.required(row, "family_name", problems, text -> PersonName.of("x", text).family());
    AgencyId agency = Cells.required(row, "agency", problems, AgencyId::of);
    Boolean lost = Cells.required(row, "status", problems, Cells.oneOf(Vocabulary.STATUS));
    Optional<Instant> lostOn = Cells.optional(row, "lost_on", problems, Cells::instant);
    Optional<LossReason> reason = Cells.optional(row, "loss_reason", problems, Cells.oneOf(Vocabulary.LOSS_REASON));
    if (Boolean.TRUE.equals(lost)) {
      row.required("lost_on", problems);
      row.required("loss_reason", problems);
    } else if (Boolean.FALSE.equals(lost)) {
      absent(row, "lost_on", problems);
      absent(row, "loss_reason", problems);
    }
    if (problems.count() > before) {
      return Optional.empty();
    }
    Optional<ServantStatus.Lost> status = lost
        ? Optional.of(new ServantStatus.Lost(lostOn.orElseThrow(), reason.orElseThrow()))
        : Optional.empty();
    return Optional.of(new EmployeeRow(taxId, PersonName.of(given, family), agency, status));
  }

  /** A posting is named by its place, e.g. {@code postings.csv:6}, so a finding points at its row. */
  private static String postingId(Row row) {
    String name = Path.of(row.file()).getFileName() + ":" + row.line();
    return name.matches("[A-Za-z0-9._:-]{1,64}") ? name : "posting-" + row.line();
  }

  private static void absent(Row row, String column, Problems problems) {
    if (row.optional(column).isPresent()) {
      problems.cell(row.file(), row.line(), row.columnNumber(column), column, "roster.only-when-lost");
    }
  }

  /** A posting row; its employee and KEP must be known, a decision is required for a transfer or placement. */
  static Optional<PostingRow> posting(Row row, Problems problems, Map<TaxId, ?> employees, Map<KepCode, ?> keps) {
    int before = problems.count();
    TaxId taxId = Cells.required(row, "tax_id", problems, Cells::taxId);
    KepCode kep = Cells.required(row, "kep_code", problems, KepCode::of);
    PostingBasis basis = Cells.required(row, "basis", problems, Cells.oneOf(Vocabulary.BASIS));
    StaffBranch branch = Cells.required(row, "branch", problems, Cells.oneOf(Vocabulary.BRANCH));
    Optional<DecisionReference> decision = Cells.optional(row, "decision_ref", problems, DecisionReference::of);
    Instant from = Cells.required(row, "valid_from", problems, Cells::instant);
    Optional<Instant> until = Cells.optional(row, "valid_until", problems, Cells::lastDay);
    References.known(row, "tax_id", taxId, employees, "roster.unknown-employee", problems);
    References.known(row, "kep_code", kep, keps, "roster.unknown-kep", problems);
    if (basis != null && basis.byDecision() && row.optional("decision_ref").isEmpty()) {
      problems.cell(row.file(), row.line(), row.columnNumber("decision_ref"), "decision_ref", "roster.decision");
    }
    if (from != null && until.isPresent() && until.get() != null && !until.get().isAfter(from)) {
      problems.cell(row.file(), row.line(), row.columnNumber("valid_until"), "valid_until", "roster.until");
    }
    if (problems.count() > before) {
      return Optional.empty();
    }
    PostingId id = PostingId.of(postingId(row));
    return Optional.of(new PostingRow(new Posting(id, taxId, kep, basis, branch, decision, from, until)));
  }
}
