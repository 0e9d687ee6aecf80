package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A request was completed with a document (ολοκληρώθηκε αίτημα, L26-2).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param request the request
 * @param handler the handler
 * @param document the answering document
 */
@ThyridaStyle
@Value.Builder
public record RequestCompleted(
    Actor actor,
    Instant at,
    RequestId request,
    TaxId handler,
    DocumentId document) implements CaseEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "request.completed";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static RequestCompletedBuilder builder() {
    return new RequestCompletedBuilder();
  }

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param request the request
   * @param handler the handler
   * @param document the answering document
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public RequestCompleted {
    Shape.required("RequestCompleted", "actor", actor);
    Shape.required("RequestCompleted", "at", at);
    Shape.required("RequestCompleted", "request", request);
    Shape.required("RequestCompleted", "handler", handler);
    Shape.required("RequestCompleted", "document", document);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.L26_2;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
