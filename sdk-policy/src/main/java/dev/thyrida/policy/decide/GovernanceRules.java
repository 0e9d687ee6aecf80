package dev.thyrida.policy.decide;

import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.style.ThyridaStyle;
import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialProfile;
import dev.thyrida.policy.credential.hygiene.PasswordRecords;
import org.immutables.value.Value;

/**
 * The options of the rules (ρυθμίσεις κανόνων), passed with every decision: the phase (C8, C9), the
 * maximum number of administrators of a mailbox (X2), whether a handover designation waits for
 * the Ministry's approval (X3), the application employees' authorisations must name (K8, X5) and the
 * credential profile service accounts' usernames and passwords are judged by (K4, K5, X4). {@link #defaults()} are the seed's; change one with the generated
 * {@code with…} methods, e.g. {@code ImmutableGovernanceRules.copyOf(GovernanceRules.defaults())
 * .withHandoverNeedsApproval(true)}, or build one with {@link #builder()}.
 */
@Value.Immutable
@ThyridaStyle
public abstract class GovernanceRules {

  /** The default application of the KEP mailboxes, {@code gov.gr.kep-mailbox} (ADR 0051). */
  public static final ApplicationId KEP_MAILBOX = ApplicationId.of("gov.gr.kep-mailbox");

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
   * The application employees use to work the mailboxes, which their production authorisations must
   * name (K8, X5): the access checks of every decided command use it (ADR 0051, ADR 0093).
   *
   * @return {@link #KEP_MAILBOX} unless set
   */
  @Value.Default
  public ApplicationId application() {
    return KEP_MAILBOX;
  }

  /**
   * The credential profile the account commands judge usernames and passwords by (K4, K5, X4), e.g.
   * {@code CredentialProfile.named("govgr-howto")} (ADR 0053, ADR 0093).
   *
   * @return the {@code default} profile unless set
   */
  @Value.Default
  public CredentialProfile credentialProfile() {
    return CredentialPolicy.defaults().profile();
  }

  /**
   * What the host keeps about holders' passwords (D11): previous hashes and its deny-list, read by
   * the account commands only when {@link #credentialProfile()} switches a hygiene rule on.
   *
   * <p>A function, not data: it takes no part in the rules' equality or {@code toString()}.
   *
   * @return {@link PasswordRecords#NONE} unless set
   */
  @Value.Default
  @Value.Auxiliary
  public PasswordRecords passwordRecords() {
    return PasswordRecords.NONE;
  }

  /**
   * The credential policy of {@link #credentialProfile()}, built once per rules.
   *
   * @return the policy
   */
  @Value.Lazy
  public CredentialPolicy credentialPolicy() {
    CredentialPolicy defaults = CredentialPolicy.defaults();
    return defaults.profile().equals(credentialProfile()) ? defaults : CredentialPolicy.of(credentialProfile());
  }

  /**
   * The seed's rules: production, at most 2 administrators, no handover approval, the application
   * {@code gov.gr.kep-mailbox} and the {@code default} credential profile.
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
