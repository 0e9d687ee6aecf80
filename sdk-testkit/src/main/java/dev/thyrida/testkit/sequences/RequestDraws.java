package dev.thyrida.testkit.sequences;

import dev.thyrida.core.command.AssignRequest;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.CompleteRequest;
import dev.thyrida.core.command.ExtendRetention;
import dev.thyrida.core.command.IssuePersonalDocument;
import dev.thyrida.core.command.PlacePublicDocument;
import dev.thyrida.core.command.RejectRequest;
import dev.thyrida.core.command.SubmitRequest;
import dev.thyrida.core.command.TakeRequest;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.kep.Mailbox;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.request.CitizenRequest;
import dev.thyrida.core.request.Document;
import dev.thyrida.core.request.Retention;
import dev.thyrida.testkit.directory.Principals;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import dev.thyrida.core.request.RequestState;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Drawing the requests and documents (L26-2, X2): ids mostly of requests that exist, workers mostly their handlers. */
final class RequestDraws {

  private RequestDraws() {}

  private static List<CitizenRequest> requests(Drawing d) {
    return d.mailboxes().stream().flatMap(m -> d.directory().requestsIn(m.id()).stream())
        .collect(Collectors.toList());
  }

  /** Mostly a known request, preferring those in the given state; now and then any id. */
  private static RequestId requestId(Drawing d, Class<? extends RequestState> preferred) {
    List<CitizenRequest> known = requests(d);
    return !known.isEmpty() && d.random.nextInt(5) > 0 ? d.prefer(known, r -> preferred.isInstance(r.state()), 70).id()
        : RequestId.of("r-" + d.random.nextInt(1, 40));
  }

  private static DocumentId documentId(Drawing d) {
    return DocumentId.of("d-" + d.random.nextInt(1, 200));
  }

  /** Someone likely to matter for the request: its assigned handler, one of its mailbox's handlers, or anyone. */
  private static Principal worker(Drawing d, RequestId request) {
    Optional<TaxId> assigned = d.directory().request(request).map(CitizenRequest::state)
        .filter(state -> state instanceof RequestState.Assigned).map(state -> ((RequestState.Assigned) state).handler());
    if (assigned.isPresent() && d.chance(50)) {
      return Actors.withServiceCredentials(d, assigned.get());
    }
    List<TaxId> handlers = handlersOf(d, request);
    return !handlers.isEmpty() && d.random.nextBoolean() ? Actors.withServiceCredentials(d, d.pick(handlers))
        : Actors.employee(d, d.person());
  }

  /** The handlers of the KEP mailbox a request was sent to, in a stable order; none for an unknown request. */
  private static List<TaxId> handlersOf(Drawing d, RequestId request) {
    return d.directory().request(request).flatMap(found -> d.directory().mailbox(found.mailbox()))
        .map(mailbox -> Drawing.sorted(mailbox.handlers())).orElse(List.of());
  }

  static Command submit(Drawing d) {
    MailboxId mailbox = d.random.nextInt(6) == 0 ? MailboxId.of("nowhere") : d.mailbox(MailboxDraws::activeKep);
    return new SubmitRequest(Actors.citizen(d), d.now(), RequestId.of("r-" + d.random.nextInt(1, 40)), mailbox);
  }

  static Command assign(Drawing d) {
    RequestId request = requestId(d, RequestState.Submitted.class);
    Optional<Mailbox> mailbox = d.directory().request(request).flatMap(found -> d.directory().mailbox(found.mailbox()));
    Optional<TaxId> administrator = mailbox.flatMap(m -> Drawing.sorted(m.administrators()).stream().findFirst());
    Principal actor = administrator.isPresent() && d.random.nextBoolean()
        ? Actors.withServiceCredentials(d, administrator.get()) : Actors.employee(d, d.person());
    List<TaxId> handlers = mailbox.map(m -> Drawing.sorted(m.handlers())).orElse(List.of());
    TaxId assignee = handlers.isEmpty() || d.chance(30) ? d.person() : d.pick(handlers);
    return new AssignRequest(actor, d.now(), request, assignee);
  }

  static Command take(Drawing d) {
    RequestId request = requestId(d, RequestState.Submitted.class);
    return new TakeRequest(worker(d, request), d.now(), request);
  }

  static Command complete(Drawing d) {
    RequestId request = requestId(d, RequestState.Assigned.class);
    return new CompleteRequest(worker(d, request), d.now(), request, documentId(d));
  }

  static Command reject(Drawing d) {
    RequestId request = requestId(d, RequestState.Assigned.class);
    return new RejectRequest(worker(d, request), d.now(), request, "Ελλιπή δικαιολογητικά");
  }

  /** L26-2: mostly a handler of the request's KEP mailbox, answering for their own agency (ADR 0096). */
  static Command place(Drawing d) {
    RequestId answering = requestId(d, RequestState.Assigned.class);
    List<TaxId> handlers = handlersOf(d, answering);
    TaxId clerk = !handlers.isEmpty() && d.chance(70) ? d.pick(handlers) : d.person();
    Principal actor = d.random.nextInt(4) == 0 ? Actors.stranger(d, clerk) : Actors.withServiceCredentials(d, clerk);
    List<AgencyId> agencies = Drawing.sorted(d.directory().agencies().stream().map(a -> a.id())
        .collect(Collectors.toList()), AgencyId::value);
    Optional<AgencyId> own = d.directory().employee(clerk).map(e -> e.agency());
    AgencyId agency = own.isPresent() && (agencies.isEmpty() || d.random.nextInt(3) > 0) ? own.get()
        : agencies.isEmpty() ? AgencyId.of("agency-unknown") : d.pick(agencies);
    TaxId holder = d.random.nextBoolean()
        ? d.directory().request(answering).map(CitizenRequest::citizen).orElseGet(d::citizen) : d.citizen();
    return new PlacePublicDocument(actor, d.now(), documentId(d), holder, agency, answering);
  }

  /** A document a person of the cast holds, mostly; to keep for longer (X1), now and then too long or not longer. */
  static Command extend(Drawing d) {
    List<Document> held = d.cast.people().stream().flatMap(p -> d.directory().documentsOf(p).stream())
        .sorted(Comparator.comparing(doc -> doc.id().value())).collect(Collectors.toList());
    Optional<Document> document = held.isEmpty() || d.chance(10) ? Optional.empty() : Optional.of(d.pick(held));
    Principal actor = document.filter(x -> d.chance(80)).map(doc -> (Principal) Principals.citizen(doc.holder()))
        .orElseGet(() -> Actors.citizen(d));
    int roll = d.random.nextInt(10);
    Instant keepUntil = roll < 7 ? d.now().plus(d.days(365 * Retention.MAX_YEARS - 30))
        : roll < 9 ? d.now().plus(Duration.ofDays(366L * (Retention.MAX_YEARS + 1))) : d.now();
    return new ExtendRetention(actor, d.now(), document.map(Document::id).orElseGet(() -> documentId(d)), keepUntil);
  }

  static Command issue(Drawing d) {
    return new IssuePersonalDocument(Actors.citizen(d), d.now(), documentId(d));
  }
}
