package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.internal.Shape;
import dev.thyrida.core.principal.Actor;
import java.time.Instant;

/**
 * An agency was registered (καταχωρίστηκε φορέας, X5).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param agency the agency
 * @param name the name
 */
public record AgencyRegistered(
    Actor actor,
    Instant at,
    AgencyId agency,
    String name) implements AccountEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "agency.registered";

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param agency the agency
   * @param name the name
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public AgencyRegistered {
    Shape.required("AgencyRegistered", "actor", actor);
    Shape.required("AgencyRegistered", "at", at);
    Shape.required("AgencyRegistered", "agency", agency);
    Shape.text("AgencyRegistered", "name", name, dev.thyrida.core.agency.Agency.MAX_NAME);
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
