package dev.thyrida.core.command;

import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Define an employee as a handler (MailboxUser) of a KEP mailbox (ορισμός χρήστη θυρίδας, C2, C3, C4, X2).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param mailbox the mailbox
 * @param handler the employee
 */
@ThyridaStyle
@Value.Builder
public record AddHandler(
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
  public static AddHandlerBuilder builder() {
    return new AddHandlerBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param mailbox the mailbox
   * @param handler the employee
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public AddHandler {
    Shape.required("AddHandler", "actor", actor);
    Shape.required("AddHandler", "issuedAt", issuedAt);
    Shape.required("AddHandler", "mailbox", mailbox);
    Shape.required("AddHandler", "handler", handler);
  }
}
