package dev.thyrida.testkit.access;

import dev.thyrida.core.command.AssignRequest;
import dev.thyrida.core.command.CompleteRequest;
import dev.thyrida.core.command.IssuePersonalDocument;
import dev.thyrida.core.command.PlacePublicDocument;
import dev.thyrida.core.command.RejectRequest;
import dev.thyrida.core.command.SubmitRequest;
import dev.thyrida.core.command.TakeRequest;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.event.RequestCompleted;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.request.CitizenRequest;
import dev.thyrida.core.request.Document;
import dev.thyrida.core.request.DocumentOrigin;
import dev.thyrida.core.request.RequestState;
import dev.thyrida.testkit.directory.Principals;
import dev.thyrida.testkit.property.Action;
import dev.thyrida.testkit.property.ActionSource;
import dev.thyrida.testkit.property.Postcondition;
import dev.thyrida.testkit.property.StatefulProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("L26-2, X2: sequences of requests and documents")
class CaseworkSequenceProperties {

  private static final World WORLD = World.build(true);
  private static final List<AgencyId> AGENCIES = List.of(AgencyId.of("municipality-kep-a"),
      AgencyId.of("municipality-kep-b"), AgencyId.of("ministry"));

  @Test
  @DisplayName("L26-2, X2: no agency document without a matching request of its holder, and only a handler"
      + " of the mailbox completes a request")
  void casework() {
    StatefulProperty.from(() -> WORLD.initial)
        .actions(ActionSource.weighted(
            ActionSource.weight(3, CaseworkSequenceProperties::submit),
            ActionSource.weight(2, CaseworkSequenceProperties::assign),
            ActionSource.weight(3, CaseworkSequenceProperties::take),
            ActionSource.weight(3, CaseworkSequenceProperties::complete),
            ActionSource.weight(1, CaseworkSequenceProperties::reject),
            ActionSource.weight(3, CaseworkSequenceProperties::place),
            ActionSource.weight(1, CaseworkSequenceProperties::issue)))
        .invariant("every agency document answers a request of its holder (L26-2)",
            CaseworkSequenceProperties::agencyDocumentsAnswerTheirHolder)
        .invariant("every completed request was completed by a handler of its mailbox (X2)",
            CaseworkSequenceProperties::completedByHandlers)
        .requireCoverage("SubmitRequest accepted", 0.03)
        .requireCoverage("CompleteRequest accepted", 0.01)
        .requireCoverage("PlacePublicDocument accepted", 0.01)
        .requireCoverage("PlacePublicDocument rejected", 0.01)
        .runs(60)
        .steps(60)
        .check();
  }

  private static boolean agencyDocumentsAnswerTheirHolder(Directory directory) {
    for (TaxId holder : World.CITIZENS) {
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
    for (MailboxId mailbox : WORLD.mailboxes) {
      for (CitizenRequest request : directory.requestsIn(mailbox)) {
        if (request.state() instanceof RequestState.Completed) {
          TaxId handler = ((RequestState.Completed) request.state()).handler();
          if (!directory.mailbox(mailbox).orElseThrow().handlers().contains(handler)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** The step's own check: an accepted completion is by a handler of the request's mailbox, before the step. */
  private static void completionByHandler(Directory before, Event event) {
    if (event instanceof RequestCompleted) {
      RequestCompleted completed = (RequestCompleted) event;
      CitizenRequest request = before.request(completed.request()).orElseThrow();
      Postcondition.require(before.mailbox(request.mailbox()).orElseThrow().handlers().contains(completed.handler()),
          "a request is completed only by a handler of the mailbox it was sent to (X2)");
    }
  }

  private static RequestId requestId(Directory state, SplittableRandom random) {
    List<CitizenRequest> known = requests(state);
    if (!known.isEmpty() && random.nextInt(5) > 0) {
      return World.pick(known, random).id();
    }
    return RequestId.of("r-" + random.nextInt(1, 40));
  }

  private static List<CitizenRequest> requests(Directory state) {
    List<CitizenRequest> all = new ArrayList<>();
    WORLD.mailboxes.forEach(mailbox -> all.addAll(state.requestsIn(mailbox)));
    return all;
  }

  /** Someone likely to matter for the request: one of its mailbox's handlers, or anyone. */
  private static Principal worker(Directory state, RequestId request, SplittableRandom random) {
    Optional<List<TaxId>> handlers = state.request(request).flatMap(found -> state.mailbox(found.mailbox()))
        .map(mailbox -> List.copyOf(mailbox.handlers()));
    if (handlers.isPresent() && !handlers.get().isEmpty() && random.nextBoolean()) {
      TaxId handler = World.pick(handlers.get(), random);
      return Principals.employeeWithServiceCredentials(handler, World.username(handler));
    }
    return WORLD.anyone(random);
  }

  private static DocumentId documentId(SplittableRandom random) {
    return DocumentId.of("d-" + random.nextInt(1, 200));
  }

  private static Action<Directory> submit(Directory state, SplittableRandom random) {
    Principal actor = random.nextInt(4) == 0 ? WORLD.anyone(random) : Principals.citizen(World.pick(World.CITIZENS,
        random));
    MailboxId mailbox = random.nextInt(6) == 0 ? MailboxId.of("nowhere") : World.pick(WORLD.mailboxes, random);
    SubmitRequest command = new SubmitRequest(actor, World.at(random), RequestId.of("r-" + random.nextInt(1, 40)),
        mailbox);
    return Action.of("submit(" + actor.description() + ", " + command.request() + " -> " + mailbox + ")",
        before -> World.step(before, command, CaseworkSequenceProperties::completionByHandler));
  }

  private static Action<Directory> assign(Directory state, SplittableRandom random) {
    RequestId request = requestId(state, random);
    Principal actor = random.nextBoolean()
        ? supervisorOf(state, request).orElse(WORLD.anyone(random)) : WORLD.anyone(random);
    TaxId handler = World.pick(WORLD.staff, random);
    AssignRequest command = new AssignRequest(actor, World.at(random), request, handler);
    return Action.of("assign(" + actor.description() + ", " + request + " -> " + handler + ")",
        before -> World.step(before, command, CaseworkSequenceProperties::completionByHandler));
  }

  private static Optional<Principal> supervisorOf(Directory state, RequestId request) {
    return state.request(request).flatMap(found -> state.mailbox(found.mailbox()))
        .flatMap(mailbox -> mailbox.administrators().stream().findFirst())
        .map(admin -> Principals.employeeWithServiceCredentials(admin, World.username(admin)));
  }

  private static Action<Directory> take(Directory state, SplittableRandom random) {
    RequestId request = requestId(state, random);
    TakeRequest command = new TakeRequest(worker(state, request, random), World.at(random), request);
    return Action.of("take(" + command.actor().description() + ", " + request + ")",
        before -> World.step(before, command, CaseworkSequenceProperties::completionByHandler));
  }

  private static Action<Directory> complete(Directory state, SplittableRandom random) {
    RequestId request = requestId(state, random);
    CompleteRequest command = new CompleteRequest(worker(state, request, random), World.at(random), request,
        documentId(random));
    return Action.of("complete(" + command.actor().description() + ", " + request + ", " + command.document() + ")",
        before -> World.step(before, command, CaseworkSequenceProperties::completionByHandler));
  }

  private static Action<Directory> reject(Directory state, SplittableRandom random) {
    RequestId request = requestId(state, random);
    RejectRequest command = new RejectRequest(worker(state, request, random), World.at(random), request,
        "Ελλιπή δικαιολογητικά");
    return Action.of("reject(" + command.actor().description() + ", " + request + ")",
        before -> World.step(before, command, CaseworkSequenceProperties::completionByHandler));
  }

  private static Action<Directory> place(Directory state, SplittableRandom random) {
    TaxId clerk = World.pick(WORLD.staff, random);
    Principal actor = random.nextInt(4) == 0 ? WORLD.anyone(random)
        : Principals.employeeWithServiceCredentials(clerk, World.username(clerk));
    AgencyId agency = random.nextInt(3) == 0 ? World.pick(AGENCIES, random)
        : WORLD.initial.employee(clerk).orElseThrow().agency();
    RequestId answering = requestId(state, random);
    TaxId holder = random.nextBoolean()
        ? state.request(answering).map(CitizenRequest::citizen).orElse(World.pick(World.CITIZENS, random))
        : World.pick(World.CITIZENS, random);
    PlacePublicDocument command = new PlacePublicDocument(actor, World.at(random), documentId(random), holder,
        agency, answering);
    return Action.of("place(" + actor.description() + ", " + command.document() + " -> " + holder + " answering "
        + answering + " as " + agency + ")",
        before -> World.step(before, command, CaseworkSequenceProperties::completionByHandler));
  }

  private static Action<Directory> issue(Directory state, SplittableRandom random) {
    IssuePersonalDocument command = new IssuePersonalDocument(WORLD.anyone(random), World.at(random),
        documentId(random));
    return Action.of("issue(" + command.actor().description() + ", " + command.document() + ")",
        before -> World.step(before, command, CaseworkSequenceProperties::completionByHandler));
  }
}
