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
 * A request was rejected, with the reason (απορρίφθηκε αίτημα, X2).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param request the request
 * @param handler the handler
 * @param reason the reason
 */
@ThyridaStyle
@Value.Builder
public record RequestRejected(
    Actor actor,
    Instant at,
    RequestId request,
    TaxId handler,
    String reason) implements CaseEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "request.rejected";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static RequestRejectedBuilder builder() {
    return new RequestRejectedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param request the request
   * @param handler the handler
   * @param reason the reason
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public RequestRejected {
    Shape.required("RequestRejected", "actor", actor);
    Shape.required("RequestRejected", "at", at);
    Shape.required("RequestRejected", "request", request);
    Shape.required("RequestRejected", "handler", handler);
    Shape.text("RequestRejected", "reason", reason, dev.thyrida.core.request.RequestState.Rejected.MAX_REASON);
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
