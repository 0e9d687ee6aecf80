package dev.thyrida.core.command;

import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.internal.Shape;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.principal.Principal;
import java.time.Instant;

/**
 * Create a mailbox for a KEP, a citizen or an agency (δημιουργία θυρίδας, C1, L26-1, X1).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param mailbox the new mailbox's id
 * @param owner whose mailbox it is
 */
public record CreateMailbox(
    Principal actor,
    Instant issuedAt,
    MailboxId mailbox,
    MailboxOwner owner) implements Command {

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param mailbox the new mailbox's id
   * @param owner whose mailbox it is
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public CreateMailbox {
    Shape.required("CreateMailbox", "actor", actor);
    Shape.required("CreateMailbox", "issuedAt", issuedAt);
    Shape.required("CreateMailbox", "mailbox", mailbox);
    Shape.required("CreateMailbox", "owner", owner);
  }
}
