package dev.thyrida.policy.governance;

import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.core.staff.Posting;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who may be a user of a KEP's mailbox (επιλέξιμοι χρήστες, C3): an employee working at that KEP at
 * that instant, as (a) KEP-branch (ΔΥΠ) staff with an organic position there, (b) KEP-branch staff
 * transferred there by decision, or (c) another municipal employee placed there by decision; the
 * posting valid then (D8) and the public-servant status active (C6). ADR 0043.
 */
public final class Eligibility {

  private Eligibility() {}

  /**
   * Tells whether a person is eligible at a KEP at an instant.
   *
   * @param person the person
   * @param kep the KEP
   * @param at the instant
   * @param directory the directory
   * @return true when eligible
   */
  public static boolean isEligible(TaxId person, KepCode kep, Instant at, Directory directory) {
    return assess(person, kep, at, directory).eligible();
  }

  /**
   * Assesses a person's eligibility at a KEP at an instant, with every reason against.
   *
   * @param person the person
   * @param kep the KEP
   * @param at the instant
   * @param directory the directory
   * @return the verdict
   */
  public static EligibilityVerdict assess(TaxId person, KepCode kep, Instant at, Directory directory) {
    List<Ineligibility> reasons = new ArrayList<>();
    Optional<Employee> employee = directory.employee(person);
    if (employee.isEmpty()) {
      reasons.add(Ineligibility.NOT_REGISTERED);
    } else if (!employee.get().inServiceAt(at)) {
      reasons.add(Ineligibility.STATUS_LOST);
    }
    List<Posting> atKep = directory.postingsOf(person).stream()
        .filter(posting -> posting.kep().equals(kep))
        .sorted(Comparator.comparing((Posting posting) -> posting.id().value()))
        .toList();
    List<Posting> validThen = atKep.stream().filter(posting -> posting.validAt(at)).toList();
    Optional<Posting> basis = validThen.stream().filter(Eligibility::matchesC3).findFirst();
    if (atKep.isEmpty()) {
      reasons.add(Ineligibility.NO_POSTING_AT_KEP);
    } else if (validThen.isEmpty()) {
      reasons.add(Ineligibility.POSTING_NOT_VALID_THEN);
    } else if (basis.isEmpty()) {
      reasons.add(Ineligibility.BRANCH_DOES_NOT_MATCH_BASIS);
    }
    return new EligibilityVerdict(person, kep, at, basis, reasons);
  }

  /**
   * Tells whether a posting is one of C3's three cases.
   *
   * @param posting the posting
   * @return true for organic or transfer of KEP-branch staff, or placement of other municipal staff
   */
  public static boolean matchesC3(Posting posting) {
    if (posting.basis() == PostingBasis.PLACEMENT_BY_DECISION) {
      return posting.branch() == StaffBranch.OTHER_MUNICIPAL;
    }
    return posting.branch() == StaffBranch.KEP_STAFF_BRANCH;
  }
}
