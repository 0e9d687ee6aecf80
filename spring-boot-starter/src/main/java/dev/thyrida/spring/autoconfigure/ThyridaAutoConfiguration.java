package dev.thyrida.spring.autoconfigure;

import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialProfile;
import dev.thyrida.policy.decide.Decider;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.rulebook.Rulebook;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The decider and the rules it decides under, from {@code thyrida.*} (ADR 0150). A host's own bean
 * of either type wins.
 */
@AutoConfiguration
@EnableConfigurationProperties(ThyridaProperties.class)
public class ThyridaAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public ThyridaAutoConfiguration() {}

  /**
   * The rules: phase, approval option, administrators, application, credential profile by name.
   *
   * @param properties the properties
   * @return the rules
   * @throws IllegalArgumentException when the profile's name is not in the registry (listing the known names)
   */
  @Bean
  @ConditionalOnMissingBean
  public GovernanceRules thyridaGovernanceRules(ThyridaProperties properties) {
    return GovernanceRules.builder()
        .phase(properties.getPhase())
        .handoverNeedsApproval(properties.isHandoverNeedsApproval())
        .maxAdministrators(properties.getMaxAdministrators())
        .application(ApplicationId.of(properties.getApplication()))
        .credentialProfile(CredentialProfile.named(properties.getCredentialProfile()))
        .build();
  }

  /**
   * The standard decider (every family of the Rulebook).
   *
   * @return the decider
   */
  @Bean
  @ConditionalOnMissingBean
  public Decider thyridaDecider() {
    return Rulebook.standard();
  }

  /**
   * The credential policy of the rules' profile, for forms and live checks.
   *
   * @param rules the rules
   * @return the policy
   */
  @Bean
  @ConditionalOnMissingBean
  public CredentialPolicy thyridaCredentialPolicy(GovernanceRules rules) {
    return rules.credentialPolicy();
  }
}
