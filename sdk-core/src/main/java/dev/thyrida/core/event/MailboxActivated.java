package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Actor;
import java.time.Instant;

/**
 * A mailbox was activated (ενεργοποιήθηκε θυρίδα, C1).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param mailbox the mailbox
 */
public record MailboxActivated(
    Actor actor,
    Instant at,
    MailboxId mailbox) implements KepEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "mailbox.activated";

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param mailbox the mailbox
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public MailboxActivated {
    Shape.required("MailboxActivated", "actor", actor);
    Shape.required("MailboxActivated", "at", at);
    Shape.required("MailboxActivated", "mailbox", mailbox);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.C1;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
