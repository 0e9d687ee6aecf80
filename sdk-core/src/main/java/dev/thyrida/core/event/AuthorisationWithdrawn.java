package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * An employee's authorisation for an application was withdrawn (ανακλήθηκε εξουσιοδότηση).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param holder the employee
 * @param application the application
 * @param clause the clause enacted: X5 by the agency, D6 after a loss of status
 */
@ThyridaStyle
@Value.Builder
public record AuthorisationWithdrawn(
    Actor actor,
    Instant at,
    TaxId holder,
    ApplicationId application,
    Clause clause) implements AccountEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "account.authorisation-withdrawn";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static AuthorisationWithdrawnBuilder builder() {
    return new AuthorisationWithdrawnBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param holder the employee
   * @param application the application
   * @param clause the clause enacted: X5 by the agency, D6 after a loss of status
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public AuthorisationWithdrawn {
    Shape.required("AuthorisationWithdrawn", "actor", actor);
    Shape.required("AuthorisationWithdrawn", "at", at);
    Shape.required("AuthorisationWithdrawn", "holder", holder);
    Shape.required("AuthorisationWithdrawn", "application", application);
    Shape.required("AuthorisationWithdrawn", "clause", clause);
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
