package dev.thyrida.policy.governance;

import static dev.thyrida.policy.access.Scene.CITIZEN;
import static dev.thyrida.policy.access.Scene.HANDLER;
import static dev.thyrida.policy.access.Scene.KEP_BOX;
import static dev.thyrida.policy.access.Scene.citizen;
import static dev.thyrida.policy.access.Scene.withService;
import static dev.thyrida.policy.access.Scene.withTaxisNet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.access.Access;
import dev.thyrida.policy.access.AccessRules;
import dev.thyrida.policy.access.Action;
import dev.thyrida.policy.access.Scene;
import dev.thyrida.policy.access.Target;
import dev.thyrida.policy.decide.Phase;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("C8, C9: NoPersonalTaxisNetInProduction, one check for the decider's handlings and the access function")
class NoPersonalTaxisNetInProductionTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("C9: personal TAXISnet in production is refused", withTaxisNet(HANDLER), Phase.PRODUCTION,
            List.of(GovernanceCode.TAXISNET_LOGIN_IN_PRODUCTION)),
        Arguments.of("C8: personal TAXISnet in familiarisation is allowed", withTaxisNet(HANDLER),
            Phase.FAMILIARISATION, List.of()),
        Arguments.of("C9: service credentials in production are allowed", withService(HANDLER), Phase.PRODUCTION,
            List.of()),
        Arguments.of("C9: the rule concerns employees only, not citizens", citizen(CITIZEN), Phase.PRODUCTION,
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("C8, C9: the rule's verdict by principal and phase")
  void verdict(String name, Principal principal, Phase phase, List<ViolationCode> codes) {
    List<Violation> violations = NoPersonalTaxisNetInProduction.violations(principal, phase);
    assertEquals(codes, violations.stream().map(Violation::code).toList(), name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("C9: the access function reports exactly the rule's violation, with its person")
  void accessAgrees(String name, Principal principal, Phase phase, List<ViolationCode> codes) {
    List<Violation> fromAccess = Access.decide(principal, Action.OPEN_MAILBOX, Target.mailbox(KEP_BOX),
            Scene.directory(), AccessRules.of(phase)).violations().stream()
        .filter(violation -> violation.code() == GovernanceCode.TAXISNET_LOGIN_IN_PRODUCTION).toList();
    assertEquals(NoPersonalTaxisNetInProduction.violations(principal, phase), fromAccess, name);
  }
}
