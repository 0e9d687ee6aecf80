package dev.thyrida.core.command;

import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Principal;
import java.time.Instant;

/**
 * Change the acting employee's service username (αλλαγή ονόματος χρήστη, K3, K4, D4).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param username the new username
 */
public record ChangeUsername(
    Principal actor,
    Instant issuedAt,
    ServiceUsername username) implements Command {

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param username the new username
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public ChangeUsername {
    Shape.required("ChangeUsername", "actor", actor);
    Shape.required("ChangeUsername", "issuedAt", issuedAt);
    Shape.required("ChangeUsername", "username", username);
  }
}
