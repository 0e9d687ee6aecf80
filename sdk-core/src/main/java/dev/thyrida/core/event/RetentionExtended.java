package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A document's retention was extended at its holder's choice (παρατάθηκε η διατήρηση, X1).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param document the document
 * @param keepUntil the new keep-until instant
 */
@ThyridaStyle
@Value.Builder
public record RetentionExtended(
    Actor actor,
    Instant at,
    DocumentId document,
    Instant keepUntil) implements CaseEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "document.retention-extended";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static RetentionExtendedBuilder builder() {
    return new RetentionExtendedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param document the document
   * @param keepUntil the new keep-until instant
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public RetentionExtended {
    Shape.required("RetentionExtended", "actor", actor);
    Shape.required("RetentionExtended", "at", at);
    Shape.required("RetentionExtended", "document", document);
    Shape.required("RetentionExtended", "keepUntil", keepUntil);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.X1;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
