package dev.thyrida.testkit.access;

import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.RequestCompleted;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.request.CitizenRequest;
import dev.thyrida.core.request.Document;
import dev.thyrida.core.request.DocumentOrigin;
import dev.thyrida.core.request.RequestState;
import dev.thyrida.testkit.property.Postcondition;
import dev.thyrida.testkit.property.StatefulProperty;
import dev.thyrida.testkit.sequences.CommandKind;
import dev.thyrida.testkit.sequences.CommandMix;
import dev.thyrida.testkit.sequences.DecidedCommands;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("L26-2, X2: sequences of requests and documents")
class CaseworkSequenceProperties {

  private static final World WORLD = World.build(true);

  @Test
  @DisplayName("L26-2, X2: no agency document without a matching request of its holder, and only a handler"
      + " of the mailbox completes a request")
  void casework() {
    StatefulProperty.from(() -> WORLD.initial)
        .actions(DecidedCommands.from(CommandMix.of(WORLD.cast, CommandKind.Family.REQUESTS), World.PRODUCTION,
            CaseworkSequenceProperties::completionByHandler))
        .invariant("every agency document answers a request of its holder (L26-2)",
            scene -> agencyDocumentsAnswerTheirHolder(scene.directory()))
        .invariant("every completed request was completed by a handler of its mailbox (X2)",
            scene -> completedByHandlers(scene.directory()))
        .requireCoverage("SubmitRequest accepted", 0.03)
        .requireCoverage("CompleteRequest accepted", 0.01)
        .requireCoverage("PlacePublicDocument accepted", 0.01)
        .requireCoverage("PlacePublicDocument rejected", 0.01)
        .runs(60)
        .steps(60)
        .check();
  }

  private static boolean agencyDocumentsAnswerTheirHolder(Directory directory) {
    for (TaxId holder : WORLD.people()) {
      for (Document document : directory.documentsOf(holder)) {
        if (document.origin() instanceof DocumentOrigin.IssuedByAgency) {
          RequestId answering = ((DocumentOrigin.IssuedByAgency) document.origin()).answering();
          if (directory.request(answering).filter(request -> request.citizen().equals(holder)).isEmpty()) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static boolean completedByHandlers(Directory directory) {
    for (Mailbox mailbox : directory.mailboxes()) {
      for (CitizenRequest request : directory.requestsIn(mailbox.id())) {
        if (request.state() instanceof RequestState.Completed) {
          TaxId handler = ((RequestState.Completed) request.state()).handler();
          if (!mailbox.handlers().contains(handler)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** The step's own check: an accepted completion is by a handler of the request's mailbox, before the step. */
  private static void completionByHandler(Directory before, Decision decision) {
    for (Event event : decision.events()) {
      if (event instanceof RequestCompleted) {
        RequestCompleted completed = (RequestCompleted) event;
        CitizenRequest request = before.request(completed.request()).orElseThrow();
        Postcondition.require(before.mailbox(request.mailbox()).orElseThrow().handlers().contains(completed.handler()),
            "a request is completed only by a handler of the mailbox it was sent to (X2)");
      }
    }
  }
}
