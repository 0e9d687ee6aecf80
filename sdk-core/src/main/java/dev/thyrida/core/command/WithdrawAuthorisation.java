package dev.thyrida.core.command;

import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Withdraw an employee's authorisation for an application, as their agency (ανάκληση εξουσιοδότησης, X5).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param holder the employee
 * @param application the application
 */
@ThyridaStyle
@Value.Builder
public record WithdrawAuthorisation(
    Principal actor,
    Instant issuedAt,
    TaxId holder,
    ApplicationId application) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static WithdrawAuthorisationBuilder builder() {
    return new WithdrawAuthorisationBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param holder the employee
   * @param application the application
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public WithdrawAuthorisation {
    Shape.required("WithdrawAuthorisation", "actor", actor);
    Shape.required("WithdrawAuthorisation", "issuedAt", issuedAt);
    Shape.required("WithdrawAuthorisation", "holder", holder);
    Shape.required("WithdrawAuthorisation", "application", application);
  }
}
