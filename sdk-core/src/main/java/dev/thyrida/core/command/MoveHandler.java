package dev.thyrida.core.command;

import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Move a handler from one KEP mailbox to another (μεταφορά χρήστη σε άλλη θυρίδα, C5).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param from the mailbox the handler leaves
 * @param to the mailbox the handler joins
 * @param handler the handler
 */
@ThyridaStyle
@Value.Builder
public record MoveHandler(
    Principal actor,
    Instant issuedAt,
    MailboxId from,
    MailboxId to,
    TaxId handler) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static MoveHandlerBuilder builder() {
    return new MoveHandlerBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param from the mailbox the handler leaves
   * @param to the mailbox the handler joins
   * @param handler the handler
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public MoveHandler {
    Shape.required("MoveHandler", "actor", actor);
    Shape.required("MoveHandler", "issuedAt", issuedAt);
    Shape.required("MoveHandler", "from", from);
    Shape.required("MoveHandler", "to", to);
    Shape.required("MoveHandler", "handler", handler);
  }
}
