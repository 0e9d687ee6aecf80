package dev.thyrida.core.account;

import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.internal.Persistent;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An agency's authorisation (εξουσιοδότηση) of an employee for one application, with roles (K8,
 * X5).
 *
 * @param application the application
 * @param roles the roles within it; may be empty when the application has none
 * @param grantedBy the agency administrator who granted or last changed it
 * @param grantedAt when it was granted or last changed
 */
@ThyridaStyle
@Value.Builder
public record Authorisation(ApplicationId application, Set<Role> roles, TaxId grantedBy, Instant grantedAt) {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static AuthorisationBuilder builder() {
    return new AuthorisationBuilder();
  }

  /**
   * Checks presence and freezes the roles.
   *
   * @param application the application
   * @param roles the roles
   * @param grantedBy the granter
   * @param grantedAt the instant
   * @throws dev.thyrida.core.identity.InvalidValueException when a component or role is missing
   */
  public Authorisation {
    Shape.required("Authorisation", "application", application);
    roles = Persistent.set("Authorisation", "roles", roles);
    Shape.required("Authorisation", "grantedBy", grantedBy);
    Shape.required("Authorisation", "grantedAt", grantedAt);
  }
}
