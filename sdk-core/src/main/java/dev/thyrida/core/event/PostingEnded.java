package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.internal.Shape;
import dev.thyrida.core.principal.Actor;
import java.time.Instant;

/**
 * A posting was given an end (έληξε τοποθέτηση, D8).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param employee the employee
 * @param posting the posting
 * @param validUntil when it ends
 */
public record PostingEnded(
    Actor actor,
    Instant at,
    TaxId employee,
    PostingId posting,
    Instant validUntil) implements StaffEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "staff.posting-ended";

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param employee the employee
   * @param posting the posting
   * @param validUntil when it ends
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public PostingEnded {
    Shape.required("PostingEnded", "actor", actor);
    Shape.required("PostingEnded", "at", at);
    Shape.required("PostingEnded", "employee", employee);
    Shape.required("PostingEnded", "posting", posting);
    Shape.required("PostingEnded", "validUntil", validUntil);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.D8;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
