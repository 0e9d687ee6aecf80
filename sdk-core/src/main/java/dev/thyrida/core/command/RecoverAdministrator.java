package dev.thyrida.core.command;

import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Designate an administrator of a mailbox left without one, as the Ministry, with a reason (ανάκτηση διαχείρισης από το Υπουργείο, D7).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param mailbox the mailbox
 * @param administrator the administrator designated
 * @param reason why, in words; mandatory
 */
@ThyridaStyle
@Value.Builder
public record RecoverAdministrator(
    Principal actor,
    Instant issuedAt,
    MailboxId mailbox,
    TaxId administrator,
    String reason) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static RecoverAdministratorBuilder builder() {
    return new RecoverAdministratorBuilder();
  }

  /**
   * Checks every component is present and well-formed (text: not blank, no control characters, no surrounding white space, bounded in length).
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param mailbox the mailbox
   * @param administrator the administrator designated
   * @param reason why, in words; mandatory
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public RecoverAdministrator {
    Shape.required("RecoverAdministrator", "actor", actor);
    Shape.required("RecoverAdministrator", "issuedAt", issuedAt);
    Shape.required("RecoverAdministrator", "mailbox", mailbox);
    Shape.required("RecoverAdministrator", "administrator", administrator);
    Shape.text("RecoverAdministrator", "reason", reason, 1000);
  }
}
