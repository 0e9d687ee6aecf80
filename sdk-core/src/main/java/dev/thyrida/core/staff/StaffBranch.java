package dev.thyrida.core.staff;

/** The civil-service branch an employee belongs to (κλάδος, C3). */
public enum StaffBranch {
  /** The branch of KEP staff (κλάδος ΔΥΠ). */
  KEP_STAFF_BRANCH,
  /** Any other municipal branch (άλλος κλάδος του δήμου). */
  OTHER_MUNICIPAL
}
