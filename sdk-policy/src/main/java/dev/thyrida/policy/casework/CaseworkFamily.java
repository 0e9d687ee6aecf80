package dev.thyrida.policy.casework;

import dev.thyrida.core.command.AssignRequest;
import dev.thyrida.core.command.CompleteRequest;
import dev.thyrida.core.command.ExtendRetention;
import dev.thyrida.core.command.IssuePersonalDocument;
import dev.thyrida.core.command.PlacePublicDocument;
import dev.thyrida.core.command.RejectRequest;
import dev.thyrida.core.command.SubmitRequest;
import dev.thyrida.core.command.TakeRequest;
import dev.thyrida.core.event.DocumentIssued;
import dev.thyrida.core.event.RequestAssigned;
import dev.thyrida.core.event.RequestCompleted;
import dev.thyrida.core.event.RequestRejected;
import dev.thyrida.core.event.RequestSubmitted;
import dev.thyrida.core.event.RetentionExtended;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.request.Document;
import dev.thyrida.core.request.DocumentOrigin;
import dev.thyrida.policy.access.Gate;
import dev.thyrida.policy.casework.Documents.DocumentIsNew;
import dev.thyrida.policy.casework.Requests.AssignedToActor;
import dev.thyrida.policy.casework.Requests.RequestIsNew;
import dev.thyrida.policy.casework.Requests.RequestOpen;
import dev.thyrida.policy.decide.Family;
import dev.thyrida.policy.decide.Handling;
import java.util.List;

/**
 * How requests and documents are decided (χειρισμοί αιτημάτων και εγγράφων): who may act is the
 * access rules' ({@link Gate}); then the request's or document's own rules, in order; then the
 * events.
 */
public final class CaseworkFamily {

  /** C1, L26-3: a citizen submits a request to an active KEP mailbox. */
  public static final Handling<SubmitRequest> SUBMIT_REQUEST = Gate.handling(
      SubmitRequest.class,
      List.of(new RequestIsNew<SubmitRequest>(SubmitRequest::request)),
      (command, directory, rules) -> List.of(new RequestSubmitted(Actor.of(command.actor()), command.issuedAt(),
          command.request(), command.actor().taxId().orElseThrow(), command.mailbox())));

  /** X2: an administrator of the mailbox assigns an open request to one of its handlers. */
  public static final Handling<AssignRequest> ASSIGN_REQUEST = Gate.handling(
      AssignRequest.class,
      List.of(RequestOpen.open(AssignRequest::request), new Requests.AssigneeIsHandler()),
      (command, directory, rules) -> List.of(new RequestAssigned(Actor.of(command.actor()), command.issuedAt(),
          command.request(), command.handler())));

  /** X2: a handler of the mailbox takes on a waiting request. */
  public static final Handling<TakeRequest> TAKE_REQUEST = Gate.handling(
      TakeRequest.class,
      List.of(RequestOpen.waiting(TakeRequest::request)),
      (command, directory, rules) -> List.of(new RequestAssigned(Actor.of(command.actor()), command.issuedAt(),
          command.request(), command.actor().taxId().orElseThrow())));

  /** L26-2, X2: the assigned handler completes the request, delivering a document to the citizen. */
  public static final Handling<CompleteRequest> COMPLETE_REQUEST = Gate.handling(
      CompleteRequest.class,
      List.of(new AssignedToActor<CompleteRequest>(CompleteRequest::request),
          new DocumentIsNew<CompleteRequest>(CompleteRequest::document)),
      (command, directory, rules) -> {
        var request = directory.request(command.request()).orElseThrow();
        var handler = command.actor().taxId().orElseThrow();
        var agency = directory.employee(handler).orElseThrow().agency();
        Document document = Document.issued(command.document(), request.citizen(),
            new DocumentOrigin.IssuedByAgency(agency, request.id()), command.issuedAt());
        return List.of(new DocumentIssued(Actor.of(command.actor()), command.issuedAt(), document),
            new RequestCompleted(Actor.of(command.actor()), command.issuedAt(), request.id(), handler,
                command.document()));
      });

  /** X2: the assigned handler rejects the request, with the reason. */
  public static final Handling<RejectRequest> REJECT_REQUEST = Gate.handling(
      RejectRequest.class,
      List.of(new AssignedToActor<RejectRequest>(RejectRequest::request)),
      (command, directory, rules) -> List.of(new RequestRejected(Actor.of(command.actor()), command.issuedAt(),
          command.request(), command.actor().taxId().orElseThrow(), command.reason())));

  /**
   * L26-2: an agency places a public document only in answer to a request of that person, by a
   * handler of the KEP mailbox the request was sent to, which handles it on the citizen's behalf,
   * for the handler's own agency (ADR 0096).
   */
  public static final Handling<PlacePublicDocument> PLACE_PUBLIC_DOCUMENT = Gate.handling(
      PlacePublicDocument.class,
      List.of(new Documents.IssuerIsActorsAgency(), new Documents.AnswersRequestOfHolder(),
          new DocumentIsNew<PlacePublicDocument>(PlacePublicDocument::document)),
      (command, directory, rules) -> List.of(new DocumentIssued(Actor.of(command.actor()), command.issuedAt(),
          Document.issued(command.document(), command.holder(),
              new DocumentOrigin.IssuedByAgency(command.agency(), command.answering()), command.issuedAt()))));

  /** L26-1: a person issues a document through gov.gr into their own mailbox. */
  public static final Handling<IssuePersonalDocument> ISSUE_PERSONAL_DOCUMENT = Gate.handling(
      IssuePersonalDocument.class,
      List.of(new DocumentIsNew<IssuePersonalDocument>(IssuePersonalDocument::document)),
      (command, directory, rules) -> List.of(new DocumentIssued(Actor.of(command.actor()), command.issuedAt(),
          Document.issued(command.document(), command.actor().taxId().orElseThrow(),
              new DocumentOrigin.IssuedByPerson(), command.issuedAt()))));

  /** X1: the holder keeps a document longer, up to the longest term from issue. */
  public static final Handling<ExtendRetention> EXTEND_RETENTION = Gate.handling(
      ExtendRetention.class,
      List.of(new Documents.RetentionChoice()),
      (command, directory, rules) -> List.of(new RetentionExtended(Actor.of(command.actor()), command.issuedAt(),
          command.document(), command.keepUntil())));

  /** The family (L26-1, L26-2, X1, X2), registered in the standard decider. */
  public static final Family FAMILY = new Family("casework", all());

  private CaseworkFamily() {}

  /**
   * Every casework handling, in the order the documents list them.
   *
   * @return the handlings
   */
  public static List<Handling<?>> all() {
    return List.of(SUBMIT_REQUEST, ASSIGN_REQUEST, TAKE_REQUEST, COMPLETE_REQUEST, REJECT_REQUEST,
        PLACE_PUBLIC_DOCUMENT, ISSUE_PERSONAL_DOCUMENT, EXTEND_RETENTION);
  }
}
