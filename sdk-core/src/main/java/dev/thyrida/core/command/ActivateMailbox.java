package dev.thyrida.core.command;

import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Principal;
import java.time.Instant;

/**
 * Activate a KEP mailbox (ενεργοποίηση θυρίδας, C1, C10).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param mailbox the mailbox
 */
public record ActivateMailbox(
    Principal actor,
    Instant issuedAt,
    MailboxId mailbox) implements Command {

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param mailbox the mailbox
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public ActivateMailbox {
    Shape.required("ActivateMailbox", "actor", actor);
    Shape.required("ActivateMailbox", "issuedAt", issuedAt);
    Shape.required("ActivateMailbox", "mailbox", mailbox);
  }
}
