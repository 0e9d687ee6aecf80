package dev.thyrida.core.command;

import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Register an employee of an agency, active (καταχώριση υπαλλήλου, C3, X5).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param employee the employee's tax id
 * @param name the employee's name
 * @param agency the employing agency
 */
@ThyridaStyle
@Value.Builder
public record RegisterEmployee(
    Principal actor,
    Instant issuedAt,
    TaxId employee,
    PersonName name,
    AgencyId agency) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static RegisterEmployeeBuilder builder() {
    return new RegisterEmployeeBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param employee the employee's tax id
   * @param name the employee's name
   * @param agency the employing agency
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public RegisterEmployee {
    Shape.required("RegisterEmployee", "actor", actor);
    Shape.required("RegisterEmployee", "issuedAt", issuedAt);
    Shape.required("RegisterEmployee", "employee", employee);
    Shape.required("RegisterEmployee", "name", name);
    Shape.required("RegisterEmployee", "agency", agency);
  }
}
