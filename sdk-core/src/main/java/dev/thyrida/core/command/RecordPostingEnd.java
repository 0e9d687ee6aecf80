package dev.thyrida.core.command;

import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.internal.Shape;
import dev.thyrida.core.principal.Principal;
import java.time.Instant;

/**
 * Record that a posting ends at an instant (λήξη τοποθέτησης, D8).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param employee the employee
 * @param posting the posting
 * @param validUntil when it ends
 */
public record RecordPostingEnd(
    Principal actor,
    Instant issuedAt,
    TaxId employee,
    PostingId posting,
    Instant validUntil) implements Command {

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param employee the employee
   * @param posting the posting
   * @param validUntil when it ends
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public RecordPostingEnd {
    Shape.required("RecordPostingEnd", "actor", actor);
    Shape.required("RecordPostingEnd", "issuedAt", issuedAt);
    Shape.required("RecordPostingEnd", "employee", employee);
    Shape.required("RecordPostingEnd", "posting", posting);
    Shape.required("RecordPostingEnd", "validUntil", validUntil);
  }
}
