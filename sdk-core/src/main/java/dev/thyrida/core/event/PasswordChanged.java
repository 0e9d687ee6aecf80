package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import java.time.Instant;

/**
 * An employee's service password was changed; the event holds no password (D5) (άλλαξε συνθηματικό, K3).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param holder the employee
 */
public record PasswordChanged(
    Actor actor,
    Instant at,
    TaxId holder) implements AccountEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "account.password-changed";

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param holder the employee
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public PasswordChanged {
    Shape.required("PasswordChanged", "actor", actor);
    Shape.required("PasswordChanged", "at", at);
    Shape.required("PasswordChanged", "holder", holder);
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
