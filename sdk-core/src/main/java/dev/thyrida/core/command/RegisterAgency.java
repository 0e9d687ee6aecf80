package dev.thyrida.core.command;

import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Register an agency (καταχώριση φορέα, X5).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param agency the agency's id
 * @param name the agency's name
 */
@ThyridaStyle
@Value.Builder
public record RegisterAgency(
    Principal actor,
    Instant issuedAt,
    AgencyId agency,
    String name) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static RegisterAgencyBuilder builder() {
    return new RegisterAgencyBuilder();
  }

  /**
   * Checks every component is present and well-formed (text: not blank, no control characters, no surrounding white space, bounded in length).
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param agency the agency's id
   * @param name the agency's name
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public RegisterAgency {
    Shape.required("RegisterAgency", "actor", actor);
    Shape.required("RegisterAgency", "issuedAt", issuedAt);
    Shape.required("RegisterAgency", "agency", agency);
    Shape.text("RegisterAgency", "name", name, dev.thyrida.core.agency.Agency.MAX_NAME);
  }
}
