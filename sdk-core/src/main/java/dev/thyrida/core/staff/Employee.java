package dev.thyrida.core.staff;

import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * An employee (υπάλληλος) of an agency, as the HR feed records them: tax id, name, agency and
 * public-servant status (C3, C6, X5).
 *
 * @param taxId the employee's tax id (ΑΦΜ), their identity in the directory
 * @param name the employee's name
 * @param agency the agency (φορέας) employing them, e.g. the municipality
 * @param status active, or lost with date and reason
 */
@ThyridaStyle
@Value.Builder
public record Employee(TaxId taxId, PersonName name, AgencyId agency, ServantStatus status) {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static EmployeeBuilder builder() {
    return new EmployeeBuilder();
  }

  /**
   * Checks every component is present.
   *
   * @param taxId the tax id
   * @param name the name
   * @param agency the agency
   * @param status the status
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing
   */
  public Employee {
    Shape.required("Employee", "taxId", taxId);
    Shape.required("Employee", "name", name);
    Shape.required("Employee", "agency", agency);
    Shape.required("Employee", "status", status);
  }

  /**
   * A newly registered, active employee.
   *
   * @param taxId the tax id
   * @param name the name
   * @param agency the agency
   * @return the employee, active
   */
  public static Employee active(TaxId taxId, PersonName name, AgencyId agency) {
    return new Employee(taxId, name, agency, ServantStatus.active());
  }

  /**
   * This employee with another status.
   *
   * @param newStatus the new status
   * @return a copy with that status
   */
  public Employee withStatus(ServantStatus newStatus) {
    return new Employee(taxId, name, agency, newStatus);
  }

  /**
   * Tells whether the employee holds public-servant status (C6).
   *
   * @return true while active
   */
  public boolean isActive() {
    return status.isActive();
  }

  /**
   * Tells whether the employee holds public-servant status at an instant (C6, D10): a loss that
   * takes effect later has not yet ended it.
   *
   * @param at the instant
   * @return true unless the status was lost at or before {@code at}
   */
  public boolean inServiceAt(Instant at) {
    return status.heldAt(at);
  }
}
