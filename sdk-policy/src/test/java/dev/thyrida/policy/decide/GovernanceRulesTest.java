package dev.thyrida.policy.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.credential.CredentialProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("C9, X2, X3: the rules' options and their defaults")
class GovernanceRulesTest {

  @Test
  @DisplayName("C9, X2, X3: the defaults are production, at most 2 administrators, no handover approval")
  void defaultsAreTheSeeds() {
    GovernanceRules rules = GovernanceRules.defaults();
    assertEquals(Phase.PRODUCTION, rules.phase());
    assertEquals(2, rules.maxAdministrators());
    assertFalse(rules.handoverNeedsApproval());
  }

  @Test
  @DisplayName("K8, X4: the defaults name the application gov.gr.kep-mailbox and the default credential profile")
  void defaultApplicationAndProfile() {
    GovernanceRules rules = GovernanceRules.defaults();
    assertEquals(ApplicationId.of("gov.gr.kep-mailbox"), rules.application());
    assertEquals("default", rules.credentialProfile().name());
    assertSame(CredentialPolicy.defaults(), rules.credentialPolicy());
    GovernanceRules howTo = GovernanceRules.builder().credentialProfile(CredentialProfile.named("govgr-howto")).build();
    assertEquals(CredentialProfile.named("govgr-howto"), howTo.credentialPolicy().profile());
  }

  @Test
  @DisplayName("C8, X3: a builder and the with-methods change one option at a time")
  void changesOneOption() {
    GovernanceRules rules = GovernanceRules.builder().phase(Phase.FAMILIARISATION).build();
    assertEquals(Phase.FAMILIARISATION, rules.phase());
    assertTrue(ImmutableGovernanceRules.copyOf(rules).withHandoverNeedsApproval(true).handoverNeedsApproval());
    assertEquals(GovernanceRules.defaults(), GovernanceRules.builder().build());
  }

  @Test
  @DisplayName("X2: a maximum below 1 administrator is refused")
  void refusesNoRoomForAnAdministrator() {
    assertThrows(InvalidValueException.class, () -> GovernanceRules.builder().maxAdministrators(0).build());
  }
}
