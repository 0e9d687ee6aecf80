package dev.thyrida.core.directory;

import dev.thyrida.core.event.CaseEvent;
import dev.thyrida.core.event.DocumentIssued;
import dev.thyrida.core.event.RequestAssigned;
import dev.thyrida.core.event.RequestCompleted;
import dev.thyrida.core.event.RequestRejected;
import dev.thyrida.core.event.RequestSubmitted;
import dev.thyrida.core.event.RetentionExtended;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.request.CitizenRequest;
import dev.thyrida.core.request.Document;
import dev.thyrida.core.request.RequestState;

/**
 * Applies request and document events (L26-1, L26-2, X1, X2); an event about something missing
 * changes nothing (ADR 0012).
 */
final class CaseEvolution {

  private CaseEvolution() {}

  static CaseRegister apply(CaseRegister register, CaseEvent event) {
    if (event instanceof RequestSubmitted) {
      RequestSubmitted submitted = (RequestSubmitted) event;
      return register.requests().containsKey(submitted.request())
          ? register
          : register.withNewRequest(
              CitizenRequest.submitted(submitted.request(), submitted.citizen(), submitted.mailbox(), submitted.at()));
    }
    if (event instanceof RequestAssigned) {
      RequestAssigned assigned = (RequestAssigned) event;
      return moveTo(register, assigned.request(), new RequestState.Assigned(assigned.handler(), assigned.at()));
    }
    if (event instanceof RequestCompleted) {
      RequestCompleted completed = (RequestCompleted) event;
      return moveTo(register, completed.request(),
          new RequestState.Completed(completed.handler(), completed.document(), completed.at()));
    }
    if (event instanceof RequestRejected) {
      RequestRejected rejected = (RequestRejected) event;
      return moveTo(register, rejected.request(),
          new RequestState.Rejected(rejected.handler(), rejected.reason(), rejected.at()));
    }
    return documents(register, event);
  }

  private static CaseRegister documents(CaseRegister register, CaseEvent event) {
    if (event instanceof DocumentIssued) {
      Document document = ((DocumentIssued) event).document();
      return register.documents().containsKey(document.id()) ? register : register.withNewDocument(document);
    }
    if (event instanceof RetentionExtended) {
      RetentionExtended extended = (RetentionExtended) event;
      Document document = register.documents().get(extended.document());
      if (document == null) {
        return register;
      }
      Document longer = document.extendedUntil(extended.keepUntil());
      return longer.equals(document) ? register : register.withChangedDocument(longer);
    }
    return register;
  }

  private static CaseRegister moveTo(CaseRegister register, RequestId id, RequestState state) {
    CitizenRequest request = register.requests().get(id);
    if (request == null || request.state().equals(state)) {
      return register;
    }
    return register.withChangedRequest(request.withState(state));
  }
}
