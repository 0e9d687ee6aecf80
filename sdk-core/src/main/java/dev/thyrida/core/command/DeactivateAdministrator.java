package dev.thyrida.core.command;

import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.internal.Shape;
import dev.thyrida.core.principal.Principal;
import java.time.Instant;

/**
 * Deactivate the outgoing administrator of a KEP mailbox (απενεργοποίηση διαχειριστή, C7, D7).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param mailbox the mailbox
 * @param outgoing the outgoing administrator
 */
public record DeactivateAdministrator(
    Principal actor,
    Instant issuedAt,
    MailboxId mailbox,
    TaxId outgoing) implements Command {

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param mailbox the mailbox
   * @param outgoing the outgoing administrator
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public DeactivateAdministrator {
    Shape.required("DeactivateAdministrator", "actor", actor);
    Shape.required("DeactivateAdministrator", "issuedAt", issuedAt);
    Shape.required("DeactivateAdministrator", "mailbox", mailbox);
    Shape.required("DeactivateAdministrator", "outgoing", outgoing);
  }
}
