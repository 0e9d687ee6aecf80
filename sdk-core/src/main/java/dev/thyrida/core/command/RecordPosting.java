package dev.thyrida.core.command;

import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.Posting;
import java.time.Instant;

/**
 * Record a posting of an employee at a KEP (καταχώριση τοποθέτησης, C3, D8).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param posting the posting
 */
public record RecordPosting(
    Principal actor,
    Instant issuedAt,
    Posting posting) implements Command {

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param posting the posting
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public RecordPosting {
    Shape.required("RecordPosting", "actor", actor);
    Shape.required("RecordPosting", "issuedAt", issuedAt);
    Shape.required("RecordPosting", "posting", posting);
  }
}
