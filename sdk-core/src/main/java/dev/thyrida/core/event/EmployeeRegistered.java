package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * An employee was registered, active (καταχωρίστηκε υπάλληλος, C3).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param employee the employee
 * @param name the name
 * @param agency the employing agency
 */
@ThyridaStyle
@Value.Builder
public record EmployeeRegistered(
    Actor actor,
    Instant at,
    TaxId employee,
    PersonName name,
    AgencyId agency) implements StaffEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "staff.employee-registered";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static EmployeeRegisteredBuilder builder() {
    return new EmployeeRegisteredBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param employee the employee
   * @param name the name
   * @param agency the employing agency
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public EmployeeRegistered {
    Shape.required("EmployeeRegistered", "actor", actor);
    Shape.required("EmployeeRegistered", "at", at);
    Shape.required("EmployeeRegistered", "employee", employee);
    Shape.required("EmployeeRegistered", "name", name);
    Shape.required("EmployeeRegistered", "agency", agency);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.C3;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
