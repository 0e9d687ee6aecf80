package dev.thyrida.policy.casework;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.ExtendRetention;
import dev.thyrida.core.command.PlacePublicDocument;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.request.CitizenRequest;
import dev.thyrida.core.request.Document;
import dev.thyrida.core.request.RequestState;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules on documents (L26-1, L26-2, X1): a new id is new; an agency's public document answers a
 * request of the person it goes to, not rejected, issued by the acting handler's own agency; a
 * holder extends a retention to a later instant within the longest term. Who may act is the access
 * rules' (an unknown request too).
 */
final class Documents {

  private Documents() {}

  /**
   * L26-1: the document id is not yet taken.
   *
   * @param <C> the kind of command
   */
  record DocumentIsNew<C extends Command>(Function<C, DocumentId> document) implements Rule<C> {

    @Override
    public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
      DocumentId id = document.apply(command);
      return directory.document(id).isPresent()
          ? List.of(Violation.of(CaseworkCode.DOCUMENT_EXISTS, "document", id.value()))
          : List.of();
    }

    @Override
    public List<ViolationCode> codes() {
      return List.of(CaseworkCode.DOCUMENT_EXISTS);
    }
  }

  /**
   * L26-2, X1: the agency named as the document's issuer is the acting employee's own: a handler
   * answers for the agency they serve, never for another (ADR 0096).
   */
  static final class IssuerIsActorsAgency implements Rule<PlacePublicDocument> {
    @Override
    public List<Violation> check(PlacePublicDocument command, Directory directory, GovernanceRules rules) {
      Optional<Employee> employee = command.actor().taxId().flatMap(directory::employee);
      if (employee.isEmpty() || employee.get().agency().equals(command.agency())) {
        return List.of();
      }
      return List.of(Violation.of(AccessCode.NOT_OF_THE_AGENCY,
          "person", employee.get().taxId().value(), "agency", command.agency().value()));
    }

    @Override
    public List<ViolationCode> codes() {
      return List.of(AccessCode.NOT_OF_THE_AGENCY);
    }
  }

  /** L26-2: the document answers a request, not rejected, of the very person it goes to. */
  static final class AnswersRequestOfHolder implements Rule<PlacePublicDocument> {
    @Override
    public List<Violation> check(PlacePublicDocument command, Directory directory, GovernanceRules rules) {
      Optional<CitizenRequest> request = directory.request(command.answering());
      String id = command.answering().value();
      if (request.isEmpty()) {
        return List.of();
      }
      List<Violation> found = new ArrayList<>();
      if (!request.get().citizen().equals(command.holder())) {
        found.add(Violation.of(CaseworkCode.REQUEST_OF_ANOTHER_PERSON, "request", id,
            "person", command.holder().value()));
      }
      if (request.get().state() instanceof RequestState.Rejected) {
        found.add(Violation.of(CaseworkCode.REQUEST_REJECTED, "request", id));
      }
      return found;
    }

    @Override
    public List<ViolationCode> codes() {
      return List.of(CaseworkCode.REQUEST_OF_ANOTHER_PERSON, CaseworkCode.REQUEST_REJECTED);
    }
  }

  /** X1: a retention is extended while the document is kept, to a later instant within the longest term. */
  static final class RetentionChoice implements Rule<ExtendRetention> {
    @Override
    public List<Violation> check(ExtendRetention command, Directory directory, GovernanceRules rules) {
      return directory.document(command.document()).map(document -> choice(command, document)).orElse(List.of());
    }

    private static List<Violation> choice(ExtendRetention command, Document document) {
      RetentionSchedule schedule = RetentionSchedule.defaults();
      String id = document.id().value();
      Instant due = schedule.deletionDue(document);
      List<Violation> found = new ArrayList<>();
      if (!command.issuedAt().isBefore(due)) {
        found.add(Violation.of(CaseworkCode.DOCUMENT_EXPIRED, "document", id, "due", due.toString()));
      }
      if (!command.keepUntil().isAfter(due)) {
        found.add(Violation.of(CaseworkCode.RETENTION_NOT_LONGER, "document", id, "current", due.toString()));
      }
      Instant latest = schedule.latestKeepUntil(document.issuedAt());
      if (command.keepUntil().isAfter(latest)) {
        found.add(Violation.of(CaseworkCode.RETENTION_TOO_LONG, "document", id, "latest", latest.toString()));
      }
      return found;
    }

    @Override
    public List<ViolationCode> codes() {
      return List.of(CaseworkCode.DOCUMENT_EXPIRED, CaseworkCode.RETENTION_NOT_LONGER, CaseworkCode.RETENTION_TOO_LONG);
    }
  }
}
