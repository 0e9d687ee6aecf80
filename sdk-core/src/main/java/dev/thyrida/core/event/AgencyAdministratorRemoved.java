package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * An agency administrator lost the role because they lost public-servant status (αφαιρέθηκε
 * διαχειριστής φορέα, D6, X5).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param agency the agency
 * @param administrator the administrator
 */
@ThyridaStyle
@Value.Builder
public record AgencyAdministratorRemoved(
    Actor actor,
    Instant at,
    AgencyId agency,
    TaxId administrator) implements AccountEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "agency.administrator-removed";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static AgencyAdministratorRemovedBuilder builder() {
    return new AgencyAdministratorRemovedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param agency the agency
   * @param administrator the administrator
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public AgencyAdministratorRemoved {
    Shape.required("AgencyAdministratorRemoved", "actor", actor);
    Shape.required("AgencyAdministratorRemoved", "at", at);
    Shape.required("AgencyAdministratorRemoved", "agency", agency);
    Shape.required("AgencyAdministratorRemoved", "administrator", administrator);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.D6;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
