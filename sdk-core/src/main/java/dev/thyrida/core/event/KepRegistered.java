package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A KEP was registered (καταχωρίστηκε ΚΕΠ, C1).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param kep the KEP's code
 * @param name the KEP's name
 * @param municipality its municipality
 */
@ThyridaStyle
@Value.Builder
public record KepRegistered(
    Actor actor,
    Instant at,
    KepCode kep,
    String name,
    String municipality) implements KepEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "kep.registered";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static KepRegisteredBuilder builder() {
    return new KepRegisteredBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param kep the KEP's code
   * @param name the KEP's name
   * @param municipality its municipality
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public KepRegistered {
    Shape.required("KepRegistered", "actor", actor);
    Shape.required("KepRegistered", "at", at);
    Shape.required("KepRegistered", "kep", kep);
    Shape.text("KepRegistered", "name", name, dev.thyrida.core.kep.Kep.MAX_TEXT);
    Shape.text("KepRegistered", "municipality", municipality, dev.thyrida.core.kep.Kep.MAX_TEXT);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.C1;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
