package dev.thyrida.policy.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.command.TakeRequest;
import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Phase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("C8, C9, K8: the values of the access function")
class AccessValuesTest {

  @Test
  @DisplayName("C8, K8: access rules take the decider's phase and the default application")
  void rulesFromTheDecidersRules() {
    AccessRules rules = AccessRules.from(GovernanceRules.builder().phase(Phase.FAMILIARISATION).build());
    assertEquals(new AccessRules(Phase.FAMILIARISATION, ApplicationId.of("gov.gr.kep-mailbox")), rules);
    assertTrue(AccessRules.from(GovernanceRules.defaults()).inProduction());
  }

  @Test
  @DisplayName("L26-3: a missing principal, target or setting is an invalid value, not a decision")
  void missingPartsAreInvalid() {
    assertThrows(InvalidValueException.class, () -> Target.mailbox(null));
    assertThrows(InvalidValueException.class, () -> new AccessRules(null, AccessRules.KEP_MAILBOX));
    assertThrows(InvalidValueException.class, () -> Access.decide(null, Action.OPEN_MAILBOX,
        Target.mailbox(Scene.CITIZEN_BOX), Scene.directory(), AccessRules.of(Phase.PRODUCTION)));
    assertThrows(InvalidValueException.class, () -> Gate.rules(null));
  }

  @Test
  @DisplayName("X2: the role rule is named for its command's action, so decision tables can list it")
  void ruleIsNamedForItsAction() {
    assertEquals("RoleOnPlace[WORK_REQUESTS]", Gate.rules(TakeRequest.class).get(7).name());
  }
}
