package dev.thyrida.core.decision;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.event.Event;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.Shape;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A decision (απόφαση) on a command: accepted with the events it causes, or rejected with every
 * violation found (never an empty list). It keeps the command, so that it can be explained.
 */
public sealed interface Decision permits Decision.Accepted, Decision.Rejected {

  /**
   * The command decided.
   *
   * @return the command
   */
  Command command();

  /**
   * Tells whether the command was accepted.
   *
   * @return true for {@link Accepted}
   */
  boolean isAccepted();

  /**
   * The events of an accepted decision.
   *
   * @return the events in order; empty when rejected
   */
  List<Event> events();

  /**
   * The violations of a rejected decision.
   *
   * @return every violation; empty when accepted
   */
  List<Violation> violations();

  /**
   * The codes of the violations, in order.
   *
   * @return the codes; empty when accepted
   */
  default List<ViolationCode> codes() {
    return violations().stream().map(Violation::code).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Accepts a command with its events.
   *
   * @param command the command
   * @param events the events, in the order they apply; may be empty for a command that changes nothing
   * @return the decision
   */
  static Decision accept(Command command, List<? extends Event> events) {
    return new Accepted(command, Shape.list("Decision", "events", events));
  }

  /**
   * Rejects a command with its violations.
   *
   * @param command the command
   * @param violations every violation found; at least one
   * @return the decision
   * @throws InvalidValueException when there is no violation
   */
  static Decision reject(Command command, List<Violation> violations) {
    return new Rejected(command, violations);
  }

  /**
   * The command is accepted (εγκρίνεται).
   *
   * @param command the command
   * @param events the events it causes, in order
   */
  record Accepted(Command command, List<Event> events) implements Decision {
    /**
     * Checks both components are present and freezes the events.
     *
     * @param command the command
     * @param events the events
     */
    public Accepted {
      Shape.required("Decision.Accepted", "command", command);
      events = Shape.list("Decision.Accepted", "events", events);
    }

    @Override
    public boolean isAccepted() {
      return true;
    }

    @Override
    public List<Violation> violations() {
      return List.of();
    }
  }

  /**
   * The command is rejected (απορρίπτεται), with every violation.
   *
   * @param command the command
   * @param violations every violation found; never empty
   */
  record Rejected(Command command, List<Violation> violations) implements Decision {
    /**
     * Checks the command is present and there is at least one violation.
     *
     * @param command the command
     * @param violations the violations
     * @throws InvalidValueException when the command is missing or there is no violation
     */
    public Rejected {
      Shape.required("Decision.Rejected", "command", command);
      violations = Shape.list("Decision.Rejected", "violations", violations);
      if (violations.isEmpty()) {
        throw new InvalidValueException("Decision.Rejected", "a rejection has at least one violation");
      }
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    @Override
    public List<Event> events() {
      return List.of();
    }
  }
}
