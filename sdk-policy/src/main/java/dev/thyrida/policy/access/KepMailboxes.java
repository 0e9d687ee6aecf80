package dev.thyrida.policy.access;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.kep.Mailbox;
import java.util.List;
import java.util.Optional;

/** The checks on a KEP request mailbox as a target: that it is one, and that it is active (C1). */
final class KepMailboxes {

  private KepMailboxes() {}

  /**
   * The place's KEP mailbox, or a {@code NOT_A_KEP_MAILBOX} violation.
   *
   * @param place the place
   * @param violations where a violation is added
   * @return the KEP mailbox, or empty
   */
  static Optional<Mailbox> require(Place place, List<Violation> violations) {
    Optional<Mailbox> kep = place.kepMailbox();
    if (kep.isEmpty()) {
      violations.add(Violation.of(AccessCode.NOT_A_KEP_MAILBOX, "target", place.label()));
    }
    return kep;
  }

  /**
   * The place's KEP mailbox, which must also be active (C1).
   *
   * @param place the place
   * @param violations where violations are added
   * @return the KEP mailbox, active or not, or empty when the place is not one
   */
  static Optional<Mailbox> requireActive(Place place, List<Violation> violations) {
    Optional<Mailbox> kep = require(place, violations);
    kep.filter(mailbox -> !mailbox.isActive()).ifPresent(mailbox ->
        violations.add(Violation.of(AccessCode.MAILBOX_NOT_ACTIVE, "mailbox", mailbox.id().value())));
    return kep;
  }
}
