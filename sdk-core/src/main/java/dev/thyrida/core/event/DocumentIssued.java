package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.request.Document;
import java.time.Instant;

/**
 * A document was placed in a person's mailbox (εκδόθηκε έγγραφο, L26-1).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param document the document, with its origin and retention
 */
public record DocumentIssued(
    Actor actor,
    Instant at,
    Document document) implements CaseEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "document.issued";

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param document the document, with its origin and retention
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public DocumentIssued {
    Shape.required("DocumentIssued", "actor", actor);
    Shape.required("DocumentIssued", "at", at);
    Shape.required("DocumentIssued", "document", document);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.L26_1;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
