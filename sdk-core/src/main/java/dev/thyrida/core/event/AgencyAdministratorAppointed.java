package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.internal.Shape;
import dev.thyrida.core.principal.Actor;
import java.time.Instant;

/**
 * An employee was appointed to administer an agency's authorisations (ορίστηκε διαχειριστής φορέα, X5).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param agency the agency
 * @param administrator the administrator
 */
public record AgencyAdministratorAppointed(
    Actor actor,
    Instant at,
    AgencyId agency,
    TaxId administrator) implements AccountEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "agency.administrator-appointed";

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param agency the agency
   * @param administrator the administrator
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public AgencyAdministratorAppointed {
    Shape.required("AgencyAdministratorAppointed", "actor", actor);
    Shape.required("AgencyAdministratorAppointed", "at", at);
    Shape.required("AgencyAdministratorAppointed", "agency", agency);
    Shape.required("AgencyAdministratorAppointed", "administrator", administrator);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.X5;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
