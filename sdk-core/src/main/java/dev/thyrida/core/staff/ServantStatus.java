package dev.thyrida.core.staff;

import dev.thyrida.core.identity.Shape;
import java.time.Instant;

/**
 * An employee's public-servant status (ιδιότητα δημοσίου υπαλλήλου): active, or lost at an instant
 * for a reason; its loss ends all mailbox rights at once (C6, D6).
 */
public sealed interface ServantStatus permits ServantStatus.Active, ServantStatus.Lost {

  /**
   * Tells whether the status is held.
   *
   * @return true for {@link Active}
   */
  boolean isActive();

  /**
   * Tells whether the status is held at an instant (D10): a loss counts from its effective instant on.
   *
   * @param at the instant
   * @return true when active, or lost only after {@code at}
   */
  boolean heldAt(Instant at);

  /**
   * The status is held (ενεργός υπάλληλος).
   */
  record Active() implements ServantStatus {
    @Override
    public boolean isActive() {
      return true;
    }

    @Override
    public boolean heldAt(Instant at) {
      return true;
    }
  }

  /**
   * The status was lost (απώλεια ιδιότητας, C6).
   *
   * @param effectiveAt when the loss took effect
   * @param reason why
   */
  record Lost(Instant effectiveAt, LossReason reason) implements ServantStatus {

    /**
     * Checks both components are present.
     *
     * @param effectiveAt when the loss took effect
     * @param reason why
     * @throws dev.thyrida.core.identity.InvalidValueException when one is missing
     */
    public Lost {
      Shape.required("ServantStatus.Lost", "effectiveAt", effectiveAt);
      Shape.required("ServantStatus.Lost", "reason", reason);
    }

    @Override
    public boolean isActive() {
      return false;
    }

    @Override
    public boolean heldAt(Instant at) {
      return effectiveAt.isAfter(at);
    }
  }

  /**
   * The active status.
   *
   * @return an {@link Active}
   */
  static ServantStatus active() {
    return new Active();
  }
}
