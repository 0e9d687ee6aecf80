package dev.thyrida.core.command;

import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Register a KEP in the directory (καταχώριση ΚΕΠ, C1, X9).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param kep the KEP's code
 * @param name the KEP's name
 * @param municipality its municipality
 */
@ThyridaStyle
@Value.Builder
public record RegisterKep(
    Principal actor,
    Instant issuedAt,
    KepCode kep,
    String name,
    String municipality) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static RegisterKepBuilder builder() {
    return new RegisterKepBuilder();
  }

  /**
   * Checks every component is present and well-formed (text: not blank, no control characters, no surrounding white space, bounded in length).
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param kep the KEP's code
   * @param name the KEP's name
   * @param municipality its municipality
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public RegisterKep {
    Shape.required("RegisterKep", "actor", actor);
    Shape.required("RegisterKep", "issuedAt", issuedAt);
    Shape.required("RegisterKep", "kep", kep);
    Shape.text("RegisterKep", "name", name, dev.thyrida.core.kep.Kep.MAX_TEXT);
    Shape.text("RegisterKep", "municipality", municipality, dev.thyrida.core.kep.Kep.MAX_TEXT);
  }
}
