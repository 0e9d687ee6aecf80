package dev.thyrida.testkit.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Phase;
import dev.thyrida.policy.governance.GovernanceFamily;
import dev.thyrida.policy.rulebook.Rulebook;
import dev.thyrida.testkit.property.ActionSource;
import dev.thyrida.testkit.property.PropertyReport;
import dev.thyrida.testkit.property.StatefulProperty;
import dev.thyrida.testkit.sequences.Cast;
import dev.thyrida.testkit.sequences.CommandKind;
import dev.thyrida.testkit.sequences.CommandMix;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The eight invariants of mailbox governance under long generated sequences of commands
 * (valid and invalid, by random actors, with HR facts and the passing of time), checked after every
 * step, with every governance command kind both accepted and rejected in a meaningful share of steps.
 *
 * <p>CI size: two properties of 1,000 runs of 40 steps (2,000 sequences, 80,000 steps), each label
 * at least 0.5% of steps, the rare ones listed in {@link #RARE} at least 0.2% (docs/governance.md). The million-steps profile of this module
 * ({@code mvn -B verify -pl sdk-testkit -am -P million-steps -Dtest=GovernanceProperties
 * -Dsurefire.failIfNoSpecifiedTests=false}) runs each 1,000 runs of 1,000 steps; a failure prints its
 * seed for {@code -Dthyrida.stateful.seed}. They live in sdk-testkit because the runner does: a policy
 * test depending on the testkit would be a Maven cycle (ADR 0046).
 */
class GovernanceProperties {

  /** The floor of every "kind accepted"/"kind rejected" label (200 of 40,000 steps; docs/governance.md). */
  private static final double MIN_SHARE = 0.005;

  /** The floor of the structurally rare outcomes (80 of 40,000 steps), each explained in docs/governance.md. */
  private static final double RARE_SHARE = 0.002;

  /** The outcomes that need a state few sequences reach, or a mistake the mix seldom makes. */
  private static final Set<String> RARE = Set.of("MoveHandler accepted", "RecoverAdministrator accepted",
      "DeactivateAdministrator accepted", "ApproveDesignation accepted", "RegisterAgency accepted",
      "RegisterAgency rejected", "AppointAgencyAdministrator rejected", "RegisterKep rejected",
      "RecordStatusLoss rejected");

  /** The governance commands and HR facts at their default weights, 20% diligent (C7, C8, D7). */
  private static final CommandMix MIX = CommandMix.of(Cast.standard(), CommandKind.Family.GOVERNANCE,
      CommandKind.Family.HR_FACTS).diligent(20);

  private static ActionSource<Journal> commands() {
    return ActionSource.weighted(
        ActionSource.weight(57, (s, r) -> Journal.step(MIX.draw(s.scene(), r))),
        ActionSource.weight(3, (s, r) -> Journal.timePasses(r)));
  }

  private static StatefulProperty<Journal> property(GovernanceRules rules) {
    return StatefulProperty.from(() -> Journal.start(rules, Setup.events(), Setup.START))
        .actions(commands())
        .invariant("1. every handler is eligible at its KEP now, or is in service with a posting there that ran out with time (D8)"
            + " and the audit reports HANDLER_POSTING_ENDED for that person, mailbox and posting (C3, C6, D8; docs/governance.md, invariant 1)",
            Invariants::handlersEligible)
        .invariant("2. no ex-servant holds a role, an authorisation or an active account (C6, D6)",
            Invariants::exServantsHoldNothing)
        .invariant("3. every active KEP mailbox has 1..max administrators, or none after D6 and the audit says so (X2, D7)",
            Invariants::administratorsCounted)
        .invariant("4. after a handover completes, the only administrator is the current supervisor (C7)",
            Invariants::handoverLeavesSupervisor)
        .invariant("5. only an administrator changes a mailbox's handlers; the host only removes them for C6/D8 (C4)",
            Invariants::onlyAdministratorsChangeHandlers)
        .invariant("6. a rejection changes nothing; an acceptance changes exactly what its events say",
            Invariants::decisionsChangeWhatTheySay)
        .invariant("7. decide is total and deterministic", Invariants::decideTotalAndDeterministic)
        .invariant("7. every violation carries exactly its code's parameters", Invariants::violationsNameTheirParameters)
        .invariant("8. replaying the event log from empty rebuilds the directory", Invariants::replayRebuilds)
        .runs(1000).steps(40);
  }

  private static List<String> kinds() {
    return GovernanceFamily.FAMILY.handlings().stream().map(h -> h.kind().getSimpleName()).collect(Collectors.toList());
  }

  private static void require(StatefulProperty<Journal> property, String label) {
    property.requireCoverage(label, RARE.contains(label) ? RARE_SHARE : MIN_SHARE);
  }

  @Test
  @DisplayName("C1-C10, D6-D8, X2: under the default rules the eight invariants hold after every step, and every command kind but the approval is both accepted and rejected")
  void defaultRules() {
    StatefulProperty<Journal> property = property(GovernanceRules.defaults());
    for (String kind : kinds()) {
      if (!kind.equals("ApproveDesignation")) {
        require(property, kind + " accepted");
      }
      require(property, kind + " rejected");
    }
    PropertyReport report = property.requireCoverage("time passed", MIN_SHARE).check();
    assertTrue(report.coverage().steps() > 0);
  }

  @Test
  @DisplayName("C8, X3: with approval on and in familiarisation the invariants hold, and the Ministry's approval is both accepted and rejected")
  void approvalAndFamiliarisation() {
    GovernanceRules rules = GovernanceRules.builder().handoverNeedsApproval(true).phase(Phase.FAMILIARISATION).build();
    StatefulProperty<Journal> property = property(rules);
    for (String kind : kinds()) {
      require(property, kind + " accepted");
      require(property, kind + " rejected");
    }
    property.check();
  }

  @Test
  @DisplayName("L26-3: the standard decider handles every governance kind through the family registered in one line")
  void everyGovernanceKindIsRegistered() {
    List<Class<?>> kinds = GovernanceFamily.FAMILY.handlings().stream().map(h -> h.kind()).collect(Collectors.toList());
    assertEquals(17, kinds.size());
    assertTrue(Rulebook.standard().kinds().containsAll(kinds), kinds::toString);
  }
}
