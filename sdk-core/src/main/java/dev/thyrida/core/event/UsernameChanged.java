package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * An employee's service username was changed (άλλαξε όνομα χρήστη, K3).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param holder the employee
 * @param username the new username
 */
@ThyridaStyle
@Value.Builder
public record UsernameChanged(
    Actor actor,
    Instant at,
    TaxId holder,
    ServiceUsername username) implements AccountEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "account.username-changed";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static UsernameChangedBuilder builder() {
    return new UsernameChangedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param holder the employee
   * @param username the new username
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public UsernameChanged {
    Shape.required("UsernameChanged", "actor", actor);
    Shape.required("UsernameChanged", "at", at);
    Shape.required("UsernameChanged", "holder", holder);
    Shape.required("UsernameChanged", "username", username);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.K3;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
