package dev.thyrida.core.command;

import dev.thyrida.core.account.Role;
import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.internal.Persistent;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Authorise an employee for an application, with roles, as their agency (εξουσιοδότηση για εφαρμογή, K8, X5).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param holder the employee
 * @param application the application
 * @param roles the roles given
 */
@ThyridaStyle
@Value.Builder
public record GrantAuthorisation(
    Principal actor,
    Instant issuedAt,
    TaxId holder,
    ApplicationId application,
    Set<Role> roles) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static GrantAuthorisationBuilder builder() {
    return new GrantAuthorisationBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param holder the employee
   * @param application the application
   * @param roles the roles given
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public GrantAuthorisation {
    Shape.required("GrantAuthorisation", "actor", actor);
    Shape.required("GrantAuthorisation", "issuedAt", issuedAt);
    Shape.required("GrantAuthorisation", "holder", holder);
    Shape.required("GrantAuthorisation", "application", application);
    roles = Persistent.set("GrantAuthorisation", "roles", roles);
  }
}
