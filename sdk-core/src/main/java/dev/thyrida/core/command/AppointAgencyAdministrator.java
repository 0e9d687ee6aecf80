package dev.thyrida.core.command;

import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Appoint an employee to administer an agency's authorisations (ορισμός διαχειριστή φορέα, K8, X5).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param agency the agency
 * @param administrator the employee appointed
 */
@ThyridaStyle
@Value.Builder
public record AppointAgencyAdministrator(
    Principal actor,
    Instant issuedAt,
    AgencyId agency,
    TaxId administrator) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static AppointAgencyAdministratorBuilder builder() {
    return new AppointAgencyAdministratorBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param agency the agency
   * @param administrator the employee appointed
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public AppointAgencyAdministrator {
    Shape.required("AppointAgencyAdministrator", "actor", actor);
    Shape.required("AppointAgencyAdministrator", "issuedAt", issuedAt);
    Shape.required("AppointAgencyAdministrator", "agency", agency);
    Shape.required("AppointAgencyAdministrator", "administrator", administrator);
  }
}
