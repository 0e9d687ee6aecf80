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
 * An employee's service account was created; it holds no password (δημιουργήθηκαν Κωδικοί Δημόσιας Διοίκησης, K3).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param holder the employee
 * @param username the username
 */
@ThyridaStyle
@Value.Builder
public record ServiceAccountCreated(
    Actor actor,
    Instant at,
    TaxId holder,
    ServiceUsername username) implements AccountEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "account.created";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static ServiceAccountCreatedBuilder builder() {
    return new ServiceAccountCreatedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param holder the employee
   * @param username the username
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public ServiceAccountCreated {
    Shape.required("ServiceAccountCreated", "actor", actor);
    Shape.required("ServiceAccountCreated", "at", at);
    Shape.required("ServiceAccountCreated", "holder", holder);
    Shape.required("ServiceAccountCreated", "username", username);
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
