package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

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
@ThyridaStyle
@Value.Builder
public record AgencyRegistered(
    Actor actor,
    Instant at,
    AgencyId agency,
    String name) implements AccountEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "agency.registered";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static AgencyRegisteredBuilder builder() {
    return new AgencyRegisteredBuilder();
  }

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
