package dev.thyrida.core.kep;

import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.style.ThyridaStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A citizen service centre (ΚΕΠ, Κέντρο Εξυπηρέτησης Πολιτών): a municipal one-stop office with a
 * code, a name, its municipality and its current supervisor (C1, C7, X9).
 *
 * @param code the KEP's code
 * @param name the KEP's name
 * @param municipality the municipality (δήμος) it belongs to
 * @param supervisor the current supervisor and since when, if one is appointed
 */
@ThyridaStyle
@Value.Builder
public record Kep(KepCode code, String name, String municipality, Optional<SupervisorTenure> supervisor) {

  /** The longest name or municipality, in code points. */
  public static final int MAX_TEXT = 256;

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static KepBuilder builder() {
    return new KepBuilder();
  }

  /**
   * Checks the components.
   *
   * @param code the code
   * @param name the name: not blank, no control characters, no surrounding white space
   * @param municipality the municipality, with the same shape as the name
   * @param supervisor the supervisor, if any
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public Kep {
    Shape.required("Kep", "code", code);
    Shape.text("Kep", "name", name, MAX_TEXT);
    Shape.text("Kep", "municipality", municipality, MAX_TEXT);
    Shape.required("Kep", "supervisor", supervisor);
  }

  /**
   * A KEP with no supervisor yet.
   *
   * @param code the code
   * @param name the name
   * @param municipality the municipality
   * @return the KEP
   */
  public static Kep of(KepCode code, String name, String municipality) {
    return new Kep(code, name, municipality, Optional.empty());
  }

  /**
   * This KEP under another supervisor (C7).
   *
   * @param tenure the new supervisor and since when
   * @return a copy with that supervisor
   */
  public Kep withSupervisor(SupervisorTenure tenure) {
    return new Kep(code, name, municipality, Optional.of(tenure));
  }
}
