package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A request was assigned to, or taken on by, a handler (ανατέθηκε αίτημα, X2).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param request the request
 * @param handler the handler
 */
@ThyridaStyle
@Value.Builder
public record RequestAssigned(
    Actor actor,
    Instant at,
    RequestId request,
    TaxId handler) implements CaseEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "request.assigned";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static RequestAssignedBuilder builder() {
    return new RequestAssignedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param request the request
   * @param handler the handler
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public RequestAssigned {
    Shape.required("RequestAssigned", "actor", actor);
    Shape.required("RequestAssigned", "at", at);
    Shape.required("RequestAssigned", "request", request);
    Shape.required("RequestAssigned", "handler", handler);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.X2;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
