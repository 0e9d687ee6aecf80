package dev.thyrida.policy.audit;

import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.core.staff.ServantStatus;
import dev.thyrida.policy.governance.Eligibility;
import dev.thyrida.policy.governance.EligibilityVerdict;
import dev.thyrida.policy.governance.Holdings;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;

/** Findings about people: ex-servants still holding a role (C6), users no longer eligible (C3, D8). */
final class StaffFindings {

  private StaffFindings() {}

  /** C6, D10: one finding per role an ex-servant still holds, once the loss has taken effect at the instant. */
  static void exServants(Directory directory, Instant at, Consumer<Finding> out) {
    for (Employee employee : directory.employees()) {
      if (!employee.inServiceAt(at)) {
        Instant since = ((ServantStatus.Lost) employee.status()).effectiveAt();
        Holdings holdings = Holdings.of(employee.taxId(), directory);
        holdings.handlerOf().forEach(m -> out.accept(inMailbox(directory, m, held(employee.taxId(), "HANDLER",
            m.value(), since))));
        holdings.administratorOf().forEach(m -> out.accept(inMailbox(directory, m, held(employee.taxId(),
            "ADMINISTRATOR", m.value(), since))));
        holdings.authorisations().forEach(a -> out.accept(held(employee.taxId(), "AUTHORISATION", a.value(), since)
            .build()));
        if (holdings.activeAccount()) {
          out.accept(held(employee.taxId(), "SERVICE_ACCOUNT", employee.taxId().value(), since).build());
        }
        holdings.agencyAdministratorOf().forEach(a -> out.accept(held(employee.taxId(), "AGENCY_ADMINISTRATOR",
            a.value(), since).build()));
      }
    }
  }

  private static Draft held(TaxId person, String role, String where, Instant since) {
    return Draft.of(FindingCode.EX_SERVANT_HOLDS_ROLE).person(person).with("role", role).with("where", where)
        .since(since);
  }

  /** A mailbox-bound role's finding names the mailbox and, for a KEP mailbox, its KEP. */
  private static Finding inMailbox(Directory directory, MailboxId mailbox, Draft draft) {
    draft.mailbox(mailbox);
    directory.mailbox(mailbox).flatMap(Mailbox::kep).ifPresent(draft::kep);
    return draft.build();
  }

  /** C3, D8: one finding per user of a KEP mailbox who is in service but not eligible at its KEP now. */
  static void ineligibleHandlers(Directory directory, Instant at, Consumer<Finding> out) {
    for (Mailbox mailbox : directory.mailboxes()) {
      if (mailbox.kep().isEmpty()) {
        continue;
      }
      KepCode kep = mailbox.kep().get();
      for (TaxId handler : mailbox.handlers()) {
        boolean inService = directory.employee(handler).filter(found -> found.inServiceAt(at)).isPresent();
        EligibilityVerdict verdict = Eligibility.assess(handler, kep, at, directory);
        if (inService && !verdict.eligible()) {
          out.accept(ineligible(directory, mailbox, kep, handler, at, verdict));
        }
      }
    }
  }

  private static Finding ineligible(Directory directory, Mailbox mailbox, KepCode kep, TaxId handler, Instant at,
      EligibilityVerdict verdict) {
    Optional<Posting> ended = directory.postingsOf(handler).stream()
        .filter(posting -> posting.kep().equals(kep) && Eligibility.matchesC3(posting))
        .filter(posting -> posting.validUntil().filter(until -> !until.isAfter(at)).isPresent())
        .max(Comparator.comparing((Posting posting) -> posting.validUntil().orElseThrow())
            .thenComparing(posting -> posting.id().value()));
    if (ended.isPresent()) {
      return Draft.of(FindingCode.HANDLER_POSTING_ENDED).person(handler).mailbox(mailbox.id()).kep(kep)
          .with("posting", ended.get().id().value()).since(ended.get().validUntil().orElseThrow()).build();
    }
    String reason = verdict.postingReason().map(Enum::name).orElse(verdict.reasons().get(0).name());
    return Draft.of(FindingCode.HANDLER_NOT_ELIGIBLE).person(handler).mailbox(mailbox.id()).kep(kep)
        .with("reason", reason).build();
  }
}
