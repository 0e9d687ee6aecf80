package dev.thyrida.store.json;

import dev.thyrida.core.account.Role;
import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.ChangeAuthorisation;
import dev.thyrida.core.command.CreateMailbox;
import dev.thyrida.core.command.RecordPosting;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.command.TakeRequest;
import dev.thyrida.core.event.AuthorisationGranted;
import dev.thyrida.core.event.DocumentIssued;
import dev.thyrida.core.event.HandlerRemoved;
import dev.thyrida.core.event.MailboxCreated;
import dev.thyrida.core.event.PostingRecorded;
import dev.thyrida.core.event.StatusLost;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.DecisionReference;
import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.identity.TaxisNetUserId;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.principal.ActorKind;
import dev.thyrida.core.principal.AuthenticatedIdentity;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.request.Document;
import dev.thyrida.core.request.DocumentOrigin;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed sample whose encodings the golden files pin: one of each JSON form (a plain value, an
 * instant with and without a fraction, an enum, an empty and a present optional, a set, each kind
 * of principal and mailbox owner, nested records, Greek text).
 */
final class Sample {

  static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
  static final TaxId MARIA = TaxId.of("068933130");
  static final TaxId NIKOS = TaxId.of("090000045");
  static final MailboxId MAILBOX = MailboxId.of("kep-0042-requests");
  static final Actor SUPERVISOR = new Actor(ActorKind.EMPLOYEE, MARIA.value());
  static final Principal.Employee EMPLOYEE = new Principal.Employee(new AuthenticatedIdentity(MARIA,
      TaxisNetUserId.of("User068933130"), PersonName.of("Μαρία", "Κωνσταντίνου"), Optional.of("Γεώργιος"),
      Optional.empty(), Optional.of(1980)), Authentication.SERVICE_CREDENTIALS, Optional.of(ServiceUsername.of("maria_k")));
  static final Posting POSTING = new Posting(PostingId.of("posting-7"), NIKOS, KepCode.of("KEP-0042"),
      PostingBasis.TRANSFER_BY_DECISION, StaffBranch.KEP_STAFF_BRANCH, Optional.of(DecisionReference.of("Α.Π. 1234/2026")),
      AT, Optional.of(Instant.parse("2026-12-31T22:00:00.5Z")));

  private Sample() {}

  /**
   * The sample, by golden file name.
   *
   * @return each value under the name of its file
   */
  static Map<String, Object> all() {
    Map<String, Object> sample = new LinkedHashMap<>();
    sample.put("event-handler-removed", new HandlerRemoved(SUPERVISOR, AT, MAILBOX, NIKOS, Clause.C6));
    sample.put("event-mailbox-created-of-kep", new MailboxCreated(new Actor(ActorKind.HOST_SYSTEM, "hr"), AT, MAILBOX,
        new MailboxOwner.OfKep(KepCode.of("KEP-0042"))));
    sample.put("event-posting-recorded", new PostingRecorded(new Actor(ActorKind.HOST_SYSTEM, "hr"), AT, POSTING));
    sample.put("event-status-lost", new StatusLost(new Actor(ActorKind.HOST_SYSTEM, "hr"), AT, NIKOS,
        Instant.parse("2026-03-01T00:00:00.123456789Z"), LossReason.RETIREMENT));
    sample.put("event-authorisation-granted", new AuthorisationGranted(SUPERVISOR, AT, NIKOS,
        dev.thyrida.core.identity.ApplicationId.of("gov.gr.kep-mailbox"), Set.of(Role.of("user"), Role.of("auditor")), MARIA));
    sample.put("event-document-issued-by-agency", new DocumentIssued(SUPERVISOR, AT, Document.issued(DocumentId.of("doc-1"),
        NIKOS, new DocumentOrigin.IssuedByAgency(AgencyId.of("agency-efka"), RequestId.of("req-9")), AT)));
    sample.put("command-add-handler", new AddHandler(EMPLOYEE, AT, MAILBOX, NIKOS));
    sample.put("command-create-mailbox-of-citizen", new CreateMailbox(new Principal.HostSystem("portal"), AT,
        MailboxId.of("citizen-090000045"), new MailboxOwner.OfCitizen(NIKOS)));
    sample.put("command-record-posting", new RecordPosting(new Principal.HostSystem("hr"), AT, POSTING));
    sample.put("command-record-status-loss", new RecordStatusLoss(new Principal.HostSystem("hr"), AT, NIKOS, AT,
        LossReason.END_OF_CONTRACT));
    sample.put("command-change-authorisation", new ChangeAuthorisation(
        new Principal.MinistryOfficial(AuthenticatedIdentity.of(MARIA, TaxisNetUserId.of("User068933130"),
            PersonName.of("Maria", "Konstantinou"))), AT, NIKOS, dev.thyrida.core.identity.ApplicationId.of("gov.gr.kep-mailbox"),
        Set.of()));
    sample.put("command-take-request-unauthenticated", new TakeRequest(new Principal.Unauthenticated(), AT, RequestId.of("req-9")));
    return sample;
  }
}
