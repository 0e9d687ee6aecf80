package dev.thyrida.core.command;

import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Delete a handler from a KEP mailbox (διαγραφή χρήστη θυρίδας, C5, C6).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param mailbox the mailbox
 * @param handler the handler
 */
@ThyridaStyle
@Value.Builder
public record RemoveHandler(
    Principal actor,
    Instant issuedAt,
    MailboxId mailbox,
    TaxId handler) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static RemoveHandlerBuilder builder() {
    return new RemoveHandlerBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param mailbox the mailbox
   * @param handler the handler
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public RemoveHandler {
    Shape.required("RemoveHandler", "actor", actor);
    Shape.required("RemoveHandler", "issuedAt", issuedAt);
    Shape.required("RemoveHandler", "mailbox", mailbox);
    Shape.required("RemoveHandler", "handler", handler);
  }
}
