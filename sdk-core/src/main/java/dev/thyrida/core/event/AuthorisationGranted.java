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
 * An agency authorised an employee for an application, with roles (δόθηκε εξουσιοδότηση, K8).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param holder the employee
 * @param application the application
 * @param roles the roles
 * @param grantedBy the agency administrator
 */
@ThyridaStyle
@Value.Builder
public record AuthorisationGranted(
    Actor actor,
    Instant at,
    TaxId holder,
    ApplicationId application,
    Set<Role> roles,
    TaxId grantedBy) implements AccountEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "account.authorisation-granted";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static AuthorisationGrantedBuilder builder() {
    return new AuthorisationGrantedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param holder the employee
   * @param application the application
   * @param roles the roles
   * @param grantedBy the agency administrator
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public AuthorisationGranted {
    Shape.required("AuthorisationGranted", "actor", actor);
    Shape.required("AuthorisationGranted", "at", at);
    Shape.required("AuthorisationGranted", "holder", holder);
    Shape.required("AuthorisationGranted", "application", application);
    roles = Persistent.set("AuthorisationGranted", "roles", roles);
    Shape.required("AuthorisationGranted", "grantedBy", grantedBy);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.K8;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
