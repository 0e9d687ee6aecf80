package dev.thyrida.cli.audit;

import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.MailboxState;
import dev.thyrida.core.kep.SupervisorTenure;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.core.staff.ServantStatus;
import java.util.List;
import java.util.Optional;

/**
 * A roster export read and checked whole (μητρώο ΚΕΠ): every row valid and every reference resolved.
 *
 * @param keps the KEPs, in file order
 * @param mailboxes the KEP mailboxes
 * @param roles the roles, in file order (the order administrators were designated)
 * @param employees the employees
 * @param postings the postings
 */
record Roster(List<KepRow> keps, List<MailboxRow> mailboxes, List<RoleRow> roles, List<EmployeeRow> employees,
    List<PostingRow> postings) {

  /** A KEP and its current supervisor, when it has one. */
  record KepRow(KepCode code, String name, String municipality, Optional<SupervisorTenure> supervisor) {}

  /** A KEP mailbox (C1). */
  record MailboxRow(MailboxId id, KepCode kep, MailboxState state) {}

  /** One role of a person in a mailbox (X2). */
  record RoleRow(MailboxId mailbox, TaxId person, boolean administrator) {}

  /** An employee and, when lost, their public-servant status (C6). */
  record EmployeeRow(TaxId taxId, PersonName name, AgencyId agency, Optional<ServantStatus.Lost> lost) {}

  /** A posting at a KEP (C3, D8). */
  record PostingRow(Posting posting) {}
}
