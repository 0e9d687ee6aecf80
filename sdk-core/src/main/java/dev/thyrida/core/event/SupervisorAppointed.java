package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A KEP's supervisor was appointed (τοποθετήθηκε προϊστάμενος, C7).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param kep the KEP
 * @param supervisor the supervisor
 * @param since when the tenure starts
 */
@ThyridaStyle
@Value.Builder
public record SupervisorAppointed(
    Actor actor,
    Instant at,
    KepCode kep,
    TaxId supervisor,
    Instant since) implements KepEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "kep.supervisor-appointed";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static SupervisorAppointedBuilder builder() {
    return new SupervisorAppointedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param kep the KEP
   * @param supervisor the supervisor
   * @param since when the tenure starts
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public SupervisorAppointed {
    Shape.required("SupervisorAppointed", "actor", actor);
    Shape.required("SupervisorAppointed", "at", at);
    Shape.required("SupervisorAppointed", "kep", kep);
    Shape.required("SupervisorAppointed", "supervisor", supervisor);
    Shape.required("SupervisorAppointed", "since", since);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.C7;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
