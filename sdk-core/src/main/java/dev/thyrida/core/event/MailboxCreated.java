package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A mailbox was created, inactive (δημιουργήθηκε θυρίδα, L26-1).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param mailbox the mailbox
 * @param owner whose mailbox it is
 */
@ThyridaStyle
@Value.Builder
public record MailboxCreated(
    Actor actor,
    Instant at,
    MailboxId mailbox,
    MailboxOwner owner) implements KepEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "mailbox.created";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static MailboxCreatedBuilder builder() {
    return new MailboxCreatedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param mailbox the mailbox
   * @param owner whose mailbox it is
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public MailboxCreated {
    Shape.required("MailboxCreated", "actor", actor);
    Shape.required("MailboxCreated", "at", at);
    Shape.required("MailboxCreated", "mailbox", mailbox);
    Shape.required("MailboxCreated", "owner", owner);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.L26_1;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
