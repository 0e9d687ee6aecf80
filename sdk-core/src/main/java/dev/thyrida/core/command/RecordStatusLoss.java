package dev.thyrida.core.command;

import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.internal.Shape;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.LossReason;
import java.time.Instant;

/**
 * Record that an employee lost public-servant status (απώλεια ιδιότητας δημοσίου υπαλλήλου, C6, D6).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param employee the employee
 * @param effectiveAt when the loss took effect
 * @param reason why
 */
public record RecordStatusLoss(
    Principal actor,
    Instant issuedAt,
    TaxId employee,
    Instant effectiveAt,
    LossReason reason) implements Command {

  /**
   * Checks every component is present and well-formed.
   *
   * @param actor who issues it, as authenticated by the host
   * @param issuedAt when it was issued
   * @param employee the employee
   * @param effectiveAt when the loss took effect
   * @param reason why
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing or malformed
   */
  public RecordStatusLoss {
    Shape.required("RecordStatusLoss", "actor", actor);
    Shape.required("RecordStatusLoss", "issuedAt", issuedAt);
    Shape.required("RecordStatusLoss", "employee", employee);
    Shape.required("RecordStatusLoss", "effectiveAt", effectiveAt);
    Shape.required("RecordStatusLoss", "reason", reason);
  }
}
