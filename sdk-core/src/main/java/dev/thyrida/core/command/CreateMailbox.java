package dev.thyrida.core.command;

import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.kep.MailboxOwner;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Create a mailbox for a KEP, a citizen or an agency (δημιουργία θυρίδας, C1, L26-1, X1).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param mailbox the new mailbox's id
 * @param owner whose mailbox it is
 */
@ThyridaStyle
@Value.Builder
public record CreateMailbox(
    Principal actor,
    Instant issuedAt,
    MailboxId mailbox,
    MailboxOwner owner) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static CreateMailboxBuilder builder() {
    return new CreateMailboxBuilder();
  }

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
