package dev.thyrida.core.command;

import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Keep a document longer, at its holder's choice (παράταση διατήρησης, X1).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param document the document
 * @param keepUntil the new keep-until instant
 */
@ThyridaStyle
@Value.Builder
public record ExtendRetention(
    Principal actor,
    Instant issuedAt,
    DocumentId document,
    Instant keepUntil) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static ExtendRetentionBuilder builder() {
    return new ExtendRetentionBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param document the document
   * @param keepUntil the new keep-until instant
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public ExtendRetention {
    Shape.required("ExtendRetention", "actor", actor);
    Shape.required("ExtendRetention", "issuedAt", issuedAt);
    Shape.required("ExtendRetention", "document", document);
    Shape.required("ExtendRetention", "keepUntil", keepUntil);
  }
}
