package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.principal.Actor;
import java.time.Instant;

/**
 * An event (γεγονός): a fact an accepted decision records, named in the past tense, e.g. {@link
 * AdministratorDesignated}. It carries who, when, and the clause it enacts; applying it to a
 * directory is {@code Directory.evolve}.
 *
 * <p>Events are explicit: one fact each. A loss of status is a {@link StatusLost} followed by one
 * {@link HandlerRemoved}, {@link AdministratorRemoved} or {@link AuthorisationWithdrawn} per removal
 * (D6). No event ever holds a password (D5).
 */
public sealed interface Event permits KepEvent, StaffEvent, AccountEvent, CaseEvent {

  /**
   * Who did it.
   *
   * @return the actor
   */
  Actor actor();

  /**
   * When it happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * The clause it enacts.
   *
   * @return the clause
   */
  Clause clause();

  /**
   * Its stable type name, independent of the Java class, e.g. {@code mailbox.handler-added}; see
   * {@link EventTypes}.
   *
   * @return the type name
   */
  String type();
}
