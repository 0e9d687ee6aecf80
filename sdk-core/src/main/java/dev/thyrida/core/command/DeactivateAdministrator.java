package dev.thyrida.core.command;

import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Deactivate the outgoing administrator of a KEP mailbox (απενεργοποίηση διαχειριστή, C7, D7).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param mailbox the mailbox
 * @param outgoing the outgoing administrator
 */
@ThyridaStyle
@Value.Builder
public record DeactivateAdministrator(
    Principal actor,
    Instant issuedAt,
    MailboxId mailbox,
    TaxId outgoing) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static DeactivateAdministratorBuilder builder() {
    return new DeactivateAdministratorBuilder();
  }

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
