package dev.thyrida.core.command;

import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Record that an employee lost public-servant status (απώλεια ιδιότητας δημοσίου υπαλλήλου, C6, D6).
 *
 * @param actor who issues it, as authenticated by the host
 * @param issuedAt when it was issued
 * @param employee the employee
 * @param effectiveAt when the loss took effect
 * @param reason why
 */
@ThyridaStyle
@Value.Builder
public record RecordStatusLoss(
    Principal actor,
    Instant issuedAt,
    TaxId employee,
    Instant effectiveAt,
    LossReason reason) implements Command {

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static RecordStatusLossBuilder builder() {
    return new RecordStatusLossBuilder();
  }

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
