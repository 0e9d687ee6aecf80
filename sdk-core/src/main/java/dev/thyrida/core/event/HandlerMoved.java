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
 * A handler was moved from one mailbox to another (μεταφέρθηκε χρήστης, C5).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param from the mailbox left
 * @param to the mailbox joined
 * @param handler the handler
 */
@ThyridaStyle
@Value.Builder
public record HandlerMoved(
    Actor actor,
    Instant at,
    MailboxId from,
    MailboxId to,
    TaxId handler) implements KepEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "mailbox.handler-moved";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static HandlerMovedBuilder builder() {
    return new HandlerMovedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param from the mailbox left
   * @param to the mailbox joined
   * @param handler the handler
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public HandlerMoved {
    Shape.required("HandlerMoved", "actor", actor);
    Shape.required("HandlerMoved", "at", at);
    Shape.required("HandlerMoved", "from", from);
    Shape.required("HandlerMoved", "to", to);
    Shape.required("HandlerMoved", "handler", handler);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.C5;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
