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
 * An employee was made a handler (MailboxUser) of a mailbox (ορίστηκε χρήστης θυρίδας, C2).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param mailbox the mailbox
 * @param handler the handler
 */
@ThyridaStyle
@Value.Builder
public record HandlerAdded(
    Actor actor,
    Instant at,
    MailboxId mailbox,
    TaxId handler) implements KepEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "mailbox.handler-added";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static HandlerAddedBuilder builder() {
    return new HandlerAddedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param mailbox the mailbox
   * @param handler the handler
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public HandlerAdded {
    Shape.required("HandlerAdded", "actor", actor);
    Shape.required("HandlerAdded", "at", at);
    Shape.required("HandlerAdded", "mailbox", mailbox);
    Shape.required("HandlerAdded", "handler", handler);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.C2;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
