package dev.thyrida.policy.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.thyrida.core.principal.ActorKind;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.decide.Phase;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("L26-3, C9: properties of the access function")
class AccessProperties {

  @Test
  @DisplayName("L26-3: no generated principal ever reads, or does anything to, another citizen's mailbox")
  void nobodyReadsAnotherCitizensMailbox() {
    qt().withExamples(2000).forAll(AccessGen.principals(), AccessGen.actions(), AccessGen.personalTargets(),
        AccessGen.phases()).checkAssert((principal, action, target, phase) -> {
          AccessDecision decision = Access.decide(principal, action, target, AccessGen.DIRECTORY, AccessRules.of(phase));
          if (decision.isAllowed()) {
            assertTrue(principal instanceof Principal.Citizen, principal::description);
            assertTrue(principal.taxId().orElseThrow().equals(AccessGen.ownerOf(target)), principal::description);
          }
        });
  }

  @Test
  @DisplayName("C9, K2: in production no employee signed in with TAXISnet is allowed any action but on their own account")
  void noTaxisNetEmployeeInProduction() {
    qt().withExamples(1000).forAll(AccessGen.taxisNetEmployees(), AccessGen.actions(), AccessGen.anyTargets())
        .assuming((principal, action, target) -> !action.needsPersonalTaxisNet()
            && action.principals().contains(ActorKind.EMPLOYEE))
        .checkAssert((principal, action, target) -> {
          AccessDecision decision = Access.decide(principal, action, target, AccessGen.DIRECTORY,
              AccessRules.of(Phase.PRODUCTION));
          assertFalse(decision.isAllowed(), principal::description);
          assertTrue(decision.has(AccessCode.TAXISNET_LOGIN_IN_PRODUCTION), principal::description);
        });
  }

  @Test
  @DisplayName("L26-3: the unauthenticated are refused with exactly NOT_AUTHENTICATED, whatever they ask")
  void unauthenticatedAreRefusedAlone() {
    qt().forAll(AccessGen.actions(), AccessGen.anyTargets(), AccessGen.phases()).checkAssert((action, target, phase) ->
        assertTrue(Access.decide(new Principal.Unauthenticated(), action, target, AccessGen.DIRECTORY,
            AccessRules.of(phase)).codes().equals(List.of(AccessCode.NOT_AUTHENTICATED))));
  }
}
