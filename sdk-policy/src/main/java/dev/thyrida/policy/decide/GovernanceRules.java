package dev.thyrida.policy.decide;

import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.style.ThyridaStyle;
import org.immutables.value.Value;

/**
 * The options of the rules (ρυθμίσεις κανόνων), passed with every decision: the phase (C8, C9), the
 * maximum number of administrators of a mailbox (X2) and whether a handover designation waits for
 * the Ministry's approval (X3). {@link #defaults()} are the seed's; change one with the generated
 * {@code with…} methods, e.g. {@code ImmutableGovernanceRules.copyOf(GovernanceRules.defaults())
 * .withHandoverNeedsApproval(true)}, or build one with {@link #builder()}.
 */
@Value.Immutable
@ThyridaStyle
public abstract class GovernanceRules {

  private static final GovernanceRules DEFAULTS = builder().build();

  /** Only the generated implementation extends this type. */
  GovernanceRules() {}

  /**
   * The phase (C8, C9).
   *
   * @return {@link Phase#PRODUCTION} unless set (ADR 0040)
   */
  @Value.Default
  public Phase phase() {
    return Phase.PRODUCTION;
  }

  /**
   * The most administrators a KEP mailbox may have at once (X2: outgoing plus incoming, C7).
   *
   * @return 2 unless set; at least 1
   */
  @Value.Default
  public int maxAdministrators() {
    return 2;
  }

  /**
   * Whether designating the incoming supervisor as administrator waits for a Ministry approval (X3).
   *
   * @return false unless set: the circular (C7) asks for no approval
   */
  @Value.Default
  public boolean handoverNeedsApproval() {
    return false;
  }

  /**
   * The seed's rules: production, at most 2 administrators, no handover approval.
   *
   * @return the defaults
   */
  public static GovernanceRules defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static ImmutableGovernanceRules.Builder builder() {
    return ImmutableGovernanceRules.builder();
  }

  /** Refuses a maximum below 1: a mailbox always needs room for its administrator (C1, D7). */
  @Value.Check
  void check() {
    if (maxAdministrators() < 1) {
      throw new InvalidValueException("GovernanceRules", "maxAdministrators must be at least 1, was "
          + maxAdministrators());
    }
  }
}
