package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A service account was suspended (ανεστάλη λογαριασμός).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param holder the employee
 * @param clause the clause enacted, e.g. D6 after a loss of status
 */
@ThyridaStyle
@Value.Builder
public record ServiceAccountSuspended(
    Actor actor,
    Instant at,
    TaxId holder,
    Clause clause) implements AccountEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "account.suspended";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static ServiceAccountSuspendedBuilder builder() {
    return new ServiceAccountSuspendedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param holder the employee
   * @param clause the clause enacted, e.g. D6 after a loss of status
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public ServiceAccountSuspended {
    Shape.required("ServiceAccountSuspended", "actor", actor);
    Shape.required("ServiceAccountSuspended", "at", at);
    Shape.required("ServiceAccountSuspended", "holder", holder);
    Shape.required("ServiceAccountSuspended", "clause", clause);
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
