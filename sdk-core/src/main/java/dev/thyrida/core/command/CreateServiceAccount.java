package dev.thyrida.core.command;

import dev.thyrida.core.account.Password;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Create the acting employee's service account (δημιουργία Κωδικών Δημόσιας Διοίκησης, K3, K4, K5, K6, D4).
 *
 * <p>Its {@code toString()} shows each password as {@value dev.thyrida.core.account.Password#MASK} (D5).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param username the username chosen
 * @param password the password as typed; never printed
 * @param confirmation the password typed again; never printed
 */
@ThyridaStyle
@Value.Builder
public record CreateServiceAccount(
    Principal actor,
    Instant issuedAt,
    ServiceUsername username,
    Password password,
    Password confirmation) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static CreateServiceAccountBuilder builder() {
    return new CreateServiceAccountBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param username the username chosen
   * @param password the password as typed; never printed
   * @param confirmation the password typed again; never printed
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public CreateServiceAccount {
    Shape.required("CreateServiceAccount", "actor", actor);
    Shape.required("CreateServiceAccount", "issuedAt", issuedAt);
    Shape.required("CreateServiceAccount", "username", username);
    Shape.required("CreateServiceAccount", "password", password);
    Shape.required("CreateServiceAccount", "confirmation", confirmation);
  }
}
