package dev.thyrida.core.event;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.staff.Posting;
import java.time.Instant;

/**
 * A posting of an employee at a KEP was recorded (καταχωρίστηκε τοποθέτηση, C3).
 *
 * <p>Type name: {@value #TYPE}.
 *
 * @param actor who did it
 * @param at when it happened
 * @param posting the posting
 */
public record PostingRecorded(
    Actor actor,
    Instant at,
    Posting posting) implements StaffEvent {

  /** The stable type name hosts persist, independent of the class name. */
  public static final String TYPE = "staff.posting-recorded";

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who did it
   * @param at when it happened
   * @param posting the posting
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public PostingRecorded {
    Shape.required("PostingRecorded", "actor", actor);
    Shape.required("PostingRecorded", "at", at);
    Shape.required("PostingRecorded", "posting", posting);
  }

  /** {@inheritDoc} */
  @Override
  public Clause clause() {
    return Clause.C3;
  }

  /** {@inheritDoc} */
  @Override
  public String type() {
    return TYPE;
  }
}
