package dev.thyrida.policy.casework;

import dev.thyrida.core.command.AssignRequest;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.request.CitizenRequest;
import dev.thyrida.core.request.RequestState;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Rule;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules on where a request stands (X2): a new id is new; work is done only on an open request;
 * a handler takes only a waiting one; only the handler it is assigned to closes it. An unknown request
 * is the access rule's to report ({@code REQUEST_NOT_FOUND}), so these rules are silent about it.
 */
final class Requests {

  private Requests() {}

  static Violation violation(CaseworkCode code, RequestId request) {
    return Violation.of(code, "request", request.value());
  }

  /**
   * X2: the request id is not yet taken.
   *
   * @param <C> the kind of command
   */
  record RequestIsNew<C extends Command>(Function<C, RequestId> request) implements Rule<C> {

    @Override
    public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
      RequestId id = request.apply(command);
      return directory.request(id).isPresent() ? List.of(violation(CaseworkCode.REQUEST_EXISTS, id)) : List.of();
    }

    @Override
    public List<ViolationCode> codes() {
      return List.of(CaseworkCode.REQUEST_EXISTS);
    }
  }

  /**
   * X2: the request is still open; with {@code waiting}, also not yet taken by any handler.
   *
   * @param <C> the kind of command
   * @param request the request the command names
   * @param waiting whether it must also wait for a handler
   */
  record RequestOpen<C extends Command>(Function<C, RequestId> request, boolean waiting) implements Rule<C> {

    /**
     * X2: the request is open ({@code RequestOpen}).
     *
     * @param <C> the kind of command
     * @param request the request the command names
     * @return the rule
     */
    static <C extends Command> RequestOpen<C> open(Function<C, RequestId> request) {
      return new RequestOpen<>(request, false);
    }

    /**
     * X2: the request is open and no handler has taken it ({@code RequestWaiting}).
     *
     * @param <C> the kind of command
     * @param request the request the command names
     * @return the rule
     */
    static <C extends Command> RequestOpen<C> waiting(Function<C, RequestId> request) {
      return new RequestOpen<>(request, true);
    }

    @Override
    public String name() {
      return waiting ? "RequestWaiting" : "RequestOpen";
    }

    @Override
    public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
      return directory.request(request.apply(command)).map(found -> {
        if (found.state().isClosed()) {
          return List.of(violation(CaseworkCode.REQUEST_CLOSED, found.id()));
        }
        return waiting && found.state() instanceof RequestState.Assigned
            ? List.of(Violation.of(CaseworkCode.REQUEST_ALREADY_TAKEN, "request", found.id().value(),
                "person", ((RequestState.Assigned) found.state()).handler().value()))
            : List.<Violation>of();
      }).orElse(List.of());
    }

    @Override
    public List<ViolationCode> codes() {
      return List.of(CaseworkCode.REQUEST_CLOSED, CaseworkCode.REQUEST_ALREADY_TAKEN);
    }
  }

  /**
   * X2: the request is open and assigned to the acting handler.
   *
   * @param <C> the kind of command
   */
  record AssignedToActor<C extends Command>(Function<C, RequestId> request) implements Rule<C> {

    @Override
    public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
      Optional<CitizenRequest> found = directory.request(request.apply(command));
      if (found.isEmpty()) {
        return List.of();
      }
      RequestState state = found.get().state();
      if (state.isClosed()) {
        return List.of(violation(CaseworkCode.REQUEST_CLOSED, found.get().id()));
      }
      Optional<TaxId> handler = state instanceof RequestState.Assigned
          ? Optional.of(((RequestState.Assigned) state).handler())
          : Optional.empty();
      return handler.isPresent() && handler.equals(command.actor().taxId())
          ? List.of()
          : List.of(violation(CaseworkCode.NOT_THE_ASSIGNED_HANDLER, found.get().id()));
    }

    @Override
    public List<ViolationCode> codes() {
      return List.of(CaseworkCode.REQUEST_CLOSED, CaseworkCode.NOT_THE_ASSIGNED_HANDLER);
    }
  }

  /** X2: the assignee is a handler of the mailbox the request was sent to. */
  static final class AssigneeIsHandler implements Rule<AssignRequest> {
    @Override
    public List<Violation> check(
        AssignRequest command, Directory directory, GovernanceRules rules) {
      return directory.request(command.request())
          .flatMap(found -> directory.mailbox(found.mailbox()))
          .filter(mailbox -> !mailbox.handlers().contains(command.handler()))
          .map(mailbox -> List.of(Violation.of(CaseworkCode.ASSIGNEE_NOT_A_HANDLER,
              "mailbox", mailbox.id().value(), "person", command.handler().value())))
          .orElse(List.of());
    }

    @Override
    public List<ViolationCode> codes() {
      return List.of(CaseworkCode.ASSIGNEE_NOT_A_HANDLER);
    }
  }
}
