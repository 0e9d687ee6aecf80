package dev.thyrida.core.command;

import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Record the appointment of a KEP's supervisor (τοποθέτηση προϊσταμένου ΚΕΠ, C1, C7, C10).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param kep the KEP
 * @param supervisor the supervisor
 * @param since when the tenure starts
 */
@ThyridaStyle
@Value.Builder
public record AppointSupervisor(
    Principal actor,
    Instant issuedAt,
    KepCode kep,
    TaxId supervisor,
    Instant since) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static AppointSupervisorBuilder builder() {
    return new AppointSupervisorBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param kep the KEP
   * @param supervisor the supervisor
   * @param since when the tenure starts
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public AppointSupervisor {
    Shape.required("AppointSupervisor", "actor", actor);
    Shape.required("AppointSupervisor", "issuedAt", issuedAt);
    Shape.required("AppointSupervisor", "kep", kep);
    Shape.required("AppointSupervisor", "supervisor", supervisor);
    Shape.required("AppointSupervisor", "since", since);
  }
}
