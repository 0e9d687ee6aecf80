package dev.thyrida.policy.governance;

import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.staff.Posting;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@link Eligibility#assess}: eligible on the basis of a posting, or not, with every
 * reason (επιλεξιμότητα, C3).
 *
 * @param person the person
 * @param kep the KEP
 * @param at the instant
 * @param basis the posting that makes the person eligible, when one does
 * @param reasons why the person is not eligible; empty when eligible
 */
public record EligibilityVerdict(
    TaxId person, KepCode kep, Instant at, Optional<Posting> basis, List<Ineligibility> reasons) {

  /**
   * Checks the components are present and freezes the reasons.
   *
   * @param person the person
   * @param kep the KEP
   * @param at the instant
   * @param basis the posting, if any
   * @param reasons the reasons
   */
  public EligibilityVerdict {
    Objects.requireNonNull(person, "EligibilityVerdict: person is required");
    Objects.requireNonNull(kep, "EligibilityVerdict: kep is required");
    Objects.requireNonNull(at, "EligibilityVerdict: at is required");
    Objects.requireNonNull(basis, "EligibilityVerdict: basis is required");
    reasons = List.copyOf(reasons);
  }

  /**
   * Tells whether the person is eligible.
   *
   * @return true when there is no reason against
   */
  public boolean eligible() {
    return reasons.isEmpty();
  }

  /**
   * The first reason about postings (not about registration or status), for a C3 violation.
   *
   * @return the reason, or empty
   */
  public Optional<Ineligibility> postingReason() {
    return reasons.stream()
        .filter(reason -> reason != Ineligibility.NOT_REGISTERED && reason != Ineligibility.STATUS_LOST)
        .findFirst();
  }
}
