package dev.thyrida.core.event;

import dev.thyrida.core.account.Role;
import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.internal.Persistent;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An agency changed an employee's roles in an application (άλλαξαν ρόλοι, X5).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param holder the employee
 * @param application the application
 * @param roles the new roles
 * @param changedBy the agency administrator
 */
@ThyridaStyle
@Value.Builder
public record AuthorisationChanged(
    Actor actor,
    Instant at,
    TaxId holder,
    ApplicationId application,
    Set<Role> roles,
    TaxId changedBy) implements AccountEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "account.authorisation-changed";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static AuthorisationChangedBuilder builder() {
    return new AuthorisationChangedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param holder the employee
   * @param application the application
   * @param roles the new roles
   * @param changedBy the agency administrator
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public AuthorisationChanged {
    Shape.required("AuthorisationChanged", "actor", actor);
    Shape.required("AuthorisationChanged", "at", at);
    Shape.required("AuthorisationChanged", "holder", holder);
    Shape.required("AuthorisationChanged", "application", application);
    roles = Persistent.set("AuthorisationChanged", "roles", roles);
    Shape.required("AuthorisationChanged", "changedBy", changedBy);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.X5;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
