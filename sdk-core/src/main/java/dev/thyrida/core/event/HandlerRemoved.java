package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A handler was deleted from a mailbox (διαγράφηκε χρήστης θυρίδας).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param mailbox the mailbox
 * @param handler the handler
 * @param clause the clause enacted: C5 for a deletion by the administrator, C6 after a loss of status
 */
@ThyridaStyle
@Value.Builder
public record HandlerRemoved(
    Actor actor,
    Instant at,
    MailboxId mailbox,
    TaxId handler,
    Clause clause) implements KepEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "mailbox.handler-removed";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static HandlerRemovedBuilder builder() {
    return new HandlerRemovedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param mailbox the mailbox
   * @param handler the handler
   * @param clause the clause enacted: C5 for a deletion by the administrator, C6 after a loss of status
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public HandlerRemoved {
    Shape.required("HandlerRemoved", "actor", actor);
    Shape.required("HandlerRemoved", "at", at);
    Shape.required("HandlerRemoved", "mailbox", mailbox);
    Shape.required("HandlerRemoved", "handler", handler);
    Shape.required("HandlerRemoved", "clause", clause);
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
