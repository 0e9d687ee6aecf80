package dev.thyrida.spring.autoconfigure;

import dev.thyrida.policy.decide.Phase;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules a host decides under ({@code thyrida.*}), read into {@code GovernanceRules} (ADR 0150).
 */
@ConfigurationProperties("thyrida")
public class ThyridaProperties {

  /** Familiarisation (personal TAXISnet logins accepted, C8) or production (service credentials only, C9). */
  private Phase phase = Phase.PRODUCTION;

  /** Whether a handover designation waits for the Ministry's approval (X3). */
  private boolean handoverNeedsApproval;

  /** The most administrators a mailbox has at once, outgoing and incoming (X2, C7). */
  private int maxAdministrators = 2;

  /** The application an employee's production authorisation must name (K8, X5). */
  private String application = "gov.gr.kep-mailbox";

  /** The credential profile, by its name in the registry (CredentialProfiles): default, lenient, govgr-howto, or one of yours (K4, K5, X4). */
  private String credentialProfile = "default";

  private final Store store = new Store();

  /**
   * The phase.
   *
   * @return the phase
   */
  public Phase getPhase() {
    return phase;
  }

  /**
   * Sets the phase.
   *
   * @param phase the phase
   */
  public void setPhase(Phase phase) {
    this.phase = phase;
  }

  /**
   * Whether handovers wait for approval.
   *
   * @return the option
   */
  public boolean isHandoverNeedsApproval() {
    return handoverNeedsApproval;
  }

  /**
   * Sets whether handovers wait for approval.
   *
   * @param handoverNeedsApproval the option
   */
  public void setHandoverNeedsApproval(boolean handoverNeedsApproval) {
    this.handoverNeedsApproval = handoverNeedsApproval;
  }

  /**
   * The most administrators at once.
   *
   * @return the number
   */
  public int getMaxAdministrators() {
    return maxAdministrators;
  }

  /**
   * Sets the most administrators at once.
   *
   * @param maxAdministrators the number
   */
  public void setMaxAdministrators(int maxAdministrators) {
    this.maxAdministrators = maxAdministrators;
  }

  /**
   * The application id.
   *
   * @return the id
   */
  public String getApplication() {
    return application;
  }

  /**
   * Sets the application id.
   *
   * @param application the id
   */
  public void setApplication(String application) {
    this.application = application;
  }

  /**
   * The credential profile's name.
   *
   * @return the name
   */
  public String getCredentialProfile() {
    return credentialProfile;
  }

  /**
   * Sets the credential profile's name.
   *
   * @param credentialProfile the name
   */
  public void setCredentialProfile(String credentialProfile) {
    this.credentialProfile = credentialProfile;
  }

  /**
   * The event store's options.
   *
   * @return the options
   */
  public Store getStore() {
    return store;
  }

  /** The event store on the application's DataSource ({@code thyrida.store.*}). */
  public static class Store {

    /** Whether to keep the directory's events in the application's DataSource (JdbcEventLog and KeptDirectory). */
    private boolean enabled = true;

    /** Whether to apply the store's SQL migrations at start-up (each once, recorded in thyrida_schema_history). */
    private boolean migrate = true;

    /**
     * Whether the store is on.
     *
     * @return the option
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the store is on.
     *
     * @param enabled the option
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Whether migrations run at start-up.
     *
     * @return the option
     */
    public boolean isMigrate() {
      return migrate;
    }

    /**
     * Sets whether migrations run at start-up.
     *
     * @param migrate the option
     */
    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }
  }
}
