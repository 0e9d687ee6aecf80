package dev.thyrida.policy.access;

import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Phase;

/**
 * The settings access is judged by (κανόνες πρόσβασης): the phase the mailboxes are in (C8, C9) and
 * the application employees use to work them, for which production needs an authorisation (K8, X5).
 *
 * @param phase familiarisation or production
 * @param application the application the employees' authorisations must name (K8)
 */
public record AccessRules(Phase phase, ApplicationId application) {

  /** The default application of the KEP mailboxes (ADR 0051), the rules' default too. */
  public static final ApplicationId KEP_MAILBOX = GovernanceRules.KEP_MAILBOX;

  /**
   * Checks both components are present.
   *
   * @param phase the phase
   * @param application the application
   * @throws dev.thyrida.core.identity.InvalidValueException when one is missing
   */
  public AccessRules {
    Presence.required("AccessRules", "phase", phase);
    Presence.required("AccessRules", "application", application);
  }

  /**
   * The rules of a phase, for the default application {@link #KEP_MAILBOX}.
   *
   * @param phase the phase
   * @return the rules
   */
  public static AccessRules of(Phase phase) {
    return new AccessRules(phase, KEP_MAILBOX);
  }

  /**
   * The access rules that go with the decider's rules: their phase and their application
   * ({@link #KEP_MAILBOX} unless set, ADR 0051, ADR 0093).
   *
   * @param rules the decider's rules
   * @return the access rules
   */
  public static AccessRules from(GovernanceRules rules) {
    GovernanceRules present = Presence.required("AccessRules", "rules", rules);
    return new AccessRules(present.phase(), present.application());
  }

  /**
   * Tells whether the mailboxes are in production (C9).
   *
   * @return true in production
   */
  public boolean inProduction() {
    return phase == Phase.PRODUCTION;
  }
}
