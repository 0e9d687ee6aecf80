package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A posting was given an end (έληξε τοποθέτηση, D8).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param employee the employee
 * @param posting the posting
 * @param validUntil when it ends
 */
@ThyridaStyle
@Value.Builder
public record PostingEnded(
    Actor actor,
    Instant at,
    TaxId employee,
    PostingId posting,
    Instant validUntil) implements StaffEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "staff.posting-ended";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static PostingEndedBuilder builder() {
    return new PostingEndedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param employee the employee
   * @param posting the posting
   * @param validUntil when it ends
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public PostingEnded {
    Shape.required("PostingEnded", "actor", actor);
    Shape.required("PostingEnded", "at", at);
    Shape.required("PostingEnded", "employee", employee);
    Shape.required("PostingEnded", "posting", posting);
    Shape.required("PostingEnded", "validUntil", validUntil);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.D8;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
