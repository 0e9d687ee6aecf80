package dev.thyrida.core.command;

import dev.thyrida.core.account.Password;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Change the acting employee's service password (αλλαγή συνθηματικού, K3, K5, K6).
 *
 * <p>Its {@code toString()} shows each password as {@value dev.thyrida.core.account.Password#MASK} (D5).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param password the new password; never printed
 * @param confirmation the new password typed again; never printed
 */
@ThyridaStyle
@Value.Builder
public record ChangePassword(
    Principal actor,
    Instant issuedAt,
    Password password,
    Password confirmation) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static ChangePasswordBuilder builder() {
    return new ChangePasswordBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param password the new password; never printed
   * @param confirmation the new password typed again; never printed
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public ChangePassword {
    Shape.required("ChangePassword", "actor", actor);
    Shape.required("ChangePassword", "issuedAt", issuedAt);
    Shape.required("ChangePassword", "password", password);
    Shape.required("ChangePassword", "confirmation", confirmation);
  }
}
