package dev.thyrida.policy.credential;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.identity.InvalidValueException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The verdict on a username or password (κρίση): valid, or every violation found, each with its
 * code, clause and named parameters. Holds no credential text, so its {@code toString} is safe (D5).
 *
 * @param violations every violation, in a stable order; empty when valid
 */
public record CredentialVerdict(List<Violation> violations) {

  /** The verdict with no violations, shared so that a valid check allocates nothing. */
  public static final CredentialVerdict VALID = new CredentialVerdict(List.of());

  /**
   * Freezes the violations.
   *
   * @param violations every violation found, each with a {@link CredentialCode}
   */
  public CredentialVerdict {
    if (violations == null) {
      throw new InvalidValueException("CredentialVerdict", "violations are required (use an empty list)");
    }
    violations = List.copyOf(violations);
    for (Violation violation : violations) {
      if (!(violation.code() instanceof CredentialCode)) {
        throw new InvalidValueException("CredentialVerdict", "not a credential code: " + violation.code().name());
      }
    }
  }

  /**
   * A verdict with the given violations, or {@link #VALID} when there are none.
   *
   * @param violations the violations found
   * @return the verdict
   */
  public static CredentialVerdict of(List<Violation> violations) {
    return violations.isEmpty() ? VALID : new CredentialVerdict(violations);
  }

  /**
   * Whether the credential passed every rule.
   *
   * @return true when there is no violation
   */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /**
   * The codes of the violations.
   *
   * @return the set of codes, empty when valid
   */
  public Set<CredentialCode> codes() {
    Set<CredentialCode> codes = EnumSet.noneOf(CredentialCode.class);
    violations.forEach(violation -> codes.add((CredentialCode) violation.code()));
    return codes;
  }

  /**
   * Whether a code is among the violations.
   *
   * @param code the code
   * @return true when some violation carries it
   */
  public boolean has(CredentialCode code) {
    for (Violation violation : violations) {
      if (violation.code() == code) {
        return true;
      }
    }
    return false;
  }

  /**
   * This verdict followed by another's violations.
   *
   * @param other another verdict, e.g. on the confirmation
   * @return the combined verdict
   */
  public CredentialVerdict and(CredentialVerdict other) {
    if (other.isValid()) {
      return this;
    }
    if (isValid()) {
      return other;
    }
    return new CredentialVerdict(Stream.concat(violations.stream(), other.violations.stream()).toList());
  }
}
