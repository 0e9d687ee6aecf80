package dev.thyrida.core.staff;

import dev.thyrida.core.identity.DecisionReference;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.style.ThyridaStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One posting (τοποθέτηση) of an employee at a KEP: on which basis, in which branch, under which
 * decision, from when and until when (C3, D8).
 *
 * <p>Well-formedness only: a transfer or placement carries its decision's protocol number, and an
 * end lies after the start. Which basis and branch make an employee eligible is the policy's (C3).
 * The validity interval is half-open: valid from {@code validFrom} inclusive until {@code
 * validUntil} exclusive.
 *
 * @param id the posting's id, from the HR feed
 * @param employee the employee's tax id
 * @param kep the KEP
 * @param basis organic position, transfer or placement
 * @param branch the employee's branch
 * @param decision the decision's protocol number; required for a transfer or placement
 * @param validFrom when the posting starts
 * @param validUntil when it ends, if it is time-bounded (D8)
 */
@ThyridaStyle
@Value.Builder
public record Posting(
    PostingId id,
    TaxId employee,
    KepCode kep,
    PostingBasis basis,
    StaffBranch branch,
    Optional<DecisionReference> decision,
    Instant validFrom,
    Optional<Instant> validUntil) {

  private static final String TYPE = "Posting";

  /**
   * A builder naming each component; {@code build()} calls the canonical constructor, so every check
   * below applies unchanged, and a missing required component fails naming it (ADR 0018).
   *
   * @return a new, empty builder
   */
  public static PostingBuilder builder() {
    return new PostingBuilder();
  }

  /**
   * Checks presence and well-formedness.
   *
   * @param id the posting's id
   * @param employee the employee
   * @param kep the KEP
   * @param basis the basis
   * @param branch the branch
   * @param decision the decision's protocol number
   * @param validFrom the start
   * @param validUntil the end, if any
   * @throws InvalidValueException when a component is missing, a transfer or placement has no
   *     decision, or the end is not after the start
   */
  public Posting {
    Shape.required(TYPE, "id", id);
    Shape.required(TYPE, "employee", employee);
    Shape.required(TYPE, "kep", kep);
    Shape.required(TYPE, "basis", basis);
    Shape.required(TYPE, "branch", branch);
    Shape.required(TYPE, "decision", decision);
    Shape.required(TYPE, "validFrom", validFrom);
    Shape.required(TYPE, "validUntil", validUntil);
    if (basis.byDecision() && decision.isEmpty()) {
      throw new InvalidValueException(TYPE, "a " + basis + " posting needs its decision's protocol number");
    }
    if (validUntil.isPresent() && !validUntil.get().isAfter(validFrom)) {
      throw new InvalidValueException(TYPE, "validUntil must be after validFrom");
    }
  }

  /**
   * Tells whether the posting holds at an instant (D8).
   *
   * @param instant the instant
   * @return true when {@code validFrom <= instant < validUntil}
   */
  public boolean validAt(Instant instant) {
    return !instant.isBefore(validFrom) && validUntil.map(instant::isBefore).orElse(true);
  }

  /**
   * This posting ending at an instant (D8).
   *
   * @param end the end
   * @return a copy with that end
   * @throws InvalidValueException when the end is not after the start
   */
  public Posting endingAt(Instant end) {
    return new Posting(id, employee, kep, basis, branch, decision, validFrom, Optional.of(end));
  }
}
