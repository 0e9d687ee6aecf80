package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * An employee lost public-servant status; the removals it causes are separate events (απώλεια ιδιότητας, C6).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param employee the employee
 * @param effectiveAt when the loss took effect
 * @param reason why
 */
@ThyridaStyle
@Value.Builder
public record StatusLost(
    Actor actor,
    Instant at,
    TaxId employee,
    Instant effectiveAt,
    LossReason reason) implements StaffEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "staff.status-lost";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static StatusLostBuilder builder() {
    return new StatusLostBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param employee the employee
   * @param effectiveAt when the loss took effect
   * @param reason why
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public StatusLost {
    Shape.required("StatusLost", "actor", actor);
    Shape.required("StatusLost", "at", at);
    Shape.required("StatusLost", "employee", employee);
    Shape.required("StatusLost", "effectiveAt", effectiveAt);
    Shape.required("StatusLost", "reason", reason);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.C6;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
