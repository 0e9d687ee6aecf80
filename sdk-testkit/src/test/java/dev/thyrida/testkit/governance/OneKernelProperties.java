package dev.thyrida.testkit.governance;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.account.AccountState;
import dev.thyrida.core.account.ServiceAccount;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.principal.Authentication;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.Employee;
import dev.thyrida.policy.access.Access;
import dev.thyrida.policy.access.AccessDecision;
import dev.thyrida.policy.access.Action;
import dev.thyrida.policy.access.CommandAccess;
import dev.thyrida.policy.decide.Decider;
import dev.thyrida.policy.decide.Family;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Handling;
import dev.thyrida.policy.decide.Phase;
import dev.thyrida.policy.decide.Rule;
import dev.thyrida.policy.rulebook.Rulebook;
import dev.thyrida.testkit.property.PropertyFalsified;
import dev.thyrida.testkit.property.PropertyReport;
import dev.thyrida.testkit.property.StatefulProperty;
import dev.thyrida.testkit.property.Transition;
import dev.thyrida.testkit.sequences.Cast;
import dev.thyrida.testkit.sequences.CommandKind;
import dev.thyrida.testkit.sequences.CommandMix;
import dev.thyrida.testkit.sequences.DecidedCommands;
import dev.thyrida.testkit.sequences.Scene;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The two properties that keep "who may act here?" one mechanism (issue 11, ADR 0095), over the
 * testkit's command sequences of every family, decided by a decider under test (the standard one,
 * or one with an access rule removed, to show the property catches it).
 *
 * <p>CI size: 300 runs of 40 steps per phase (12,000 steps each). The million-steps profile of this
 * module ({@code mvn -B verify -pl sdk-testkit -am -P million-steps -Dtest=OneKernelProperties
 * -Dsurefire.failIfNoSpecifiedTests=false}) runs 1,000 runs of 1,000 steps per phase; docs/governance.md
 * records the figure.
 */
class OneKernelProperties {

  private static final int RUNS = 300;
  private static final int STEPS = 40;
  /** Every outcome at least 3 times in 12,000 steps: completing a request needs four accepted steps first. */
  private static final double MIN_SHARE = 0.0002;

  /**
   * Every kind of command, governance, HR facts, accounts and casework, 20% diligent; a request's
   * life takes several accepted steps, so its kinds weigh three times their default here.
   */
  private static final CommandMix MIX = requestsTripled(CommandMix.all(Cast.standard()).diligent(20));

  private static CommandMix requestsTripled(CommandMix mix) {
    CommandMix tripled = mix;
    for (CommandKind kind : CommandKind.values()) {
      if (kind.family() == CommandKind.Family.REQUESTS) {
        tripled = tripled.weight(kind, 3 * mix.weights().get(kind));
      }
    }
    return tripled;
  }

  /** The state: the decider under test, the rules, the scene, and the last decided step. */
  record Desk(Decider decider, GovernanceRules rules, Scene scene, Optional<Decided> last) {

    Desk decide(Command command) {
      Decision decision = decider.apply(command, scene.directory(), rules);
      Scene next = new Scene(scene.directory().evolveAll(decision.events()), scene.now().plus(Duration.ofMinutes(1)));
      return new Desk(decider, rules, next, Optional.of(new Decided(scene.directory(), command, decision)));
    }
  }

  /** One decided command and the directory it was decided against. */
  record Decided(Directory before, Command command, Decision decision) {}

  private static StatefulProperty<Desk> property(Decider decider, GovernanceRules rules) {
    return StatefulProperty.from(() -> new Desk(decider, rules, new Scene(Directory.replay(Setup.events()),
            Setup.START), Optional.empty()))
        .actions((desk, random) -> {
          Command command = MIX.draw(desk.scene(), random);
          return dev.thyrida.testkit.property.Action.of(DecidedCommands.describe(command), state -> {
            Desk next = state.decide(command);
            List<String> labels = new ArrayList<>(DecidedCommands.labels(command, next.last().orElseThrow().decision()));
            return new Transition<>(next, labels);
          });
        })
        .invariant("9. a decided command's violations include every violation Access.decide reports for its action "
            + "and targets, and an accepted command is one access allows (L26-3, C8, C9, K8, X2)",
            OneKernelProperties::decideIncludesAccess)
        .invariant("10. in production no employee's command is accepted unless they signed in with service "
            + "credentials of their own existing, active account holding their agency's authorisation for the "
            + "rules' application; exempt: their own account's commands, after a personal TAXISnet login (K2), "
            + "and an agency administrator's authorisation commands, which need the account but not that "
            + "authorisation (C9, K1, K3, K8, X5)",
            OneKernelProperties::productionNeedsOwnAuthorisedAccount)
        .invariant("11. every rule of a command's handling reports only codes it declares, so the clauses it "
            + "cites are the clauses of what it reports (the clause catalogue, L26-3, C1-C10, K1-K8)",
            OneKernelProperties::rulesReportOnlyTheirCodes)
        .runs(RUNS).steps(STEPS);
  }

  static boolean decideIncludesAccess(Desk desk) {
    return desk.last().map(step -> {
      AccessDecision access = Access.decide(step.command(), step.before(), desk.rules());
      return step.decision().violations().containsAll(access.violations())
          && (!step.decision().isAccepted() || access.isAllowed());
    }).orElse(true);
  }

  static boolean rulesReportOnlyTheirCodes(Desk desk) {
    return desk.last().map(step -> reportsOnlyDeclared(handling(desk.decider(), step.command()), step.command(),
        step.before(), desk.rules())).orElse(true);
  }

  private static <C extends Command> boolean reportsOnlyDeclared(Handling<C> handling, C command, Directory before,
      GovernanceRules rules) {
    return handling.rules().stream().allMatch(rule -> rule.check(command, before, rules).stream()
        .allMatch(violation -> rule.codes().contains(violation.code())));
  }

  @SuppressWarnings("unchecked")
  private static Handling<Command> handling(Decider decider, Command command) {
    return (Handling<Command>) decider.handling(command.getClass()).orElseThrow();
  }

  static boolean productionNeedsOwnAuthorisedAccount(Desk desk) {
    Optional<Decided> last = desk.last();
    if (last.isEmpty() || !last.get().decision().isAccepted() || desk.rules().phase() != Phase.PRODUCTION
        || !(last.get().command().actor() instanceof Principal.Employee)) {
      return true;
    }
    Principal.Employee employee = (Principal.Employee) last.get().command().actor();
    Directory before = last.get().before();
    Action action = CommandAccess.action(last.get().command().getClass()).orElseThrow();
    boolean inService = before.employee(employee.identity().taxId()).filter(Employee::isActive).isPresent();
    if (action == Action.MANAGE_OWN_ACCOUNT) {
      return inService && employee.authentication() == Authentication.TAXISNET_PERSONAL;
    }
    Optional<ServiceAccount> account = before.account(employee.identity().taxId());
    boolean own = account.isPresent() && account.get().state() == AccountState.ACTIVE
        && employee.authentication() == Authentication.SERVICE_CREDENTIALS
        && employee.serviceUsername().map(used -> used.folded().equals(account.get().username().folded()))
            .orElse(false);
    boolean authorised = action == Action.ADMINISTER_AUTHORISATIONS
        || account.flatMap(found -> found.authorisation(desk.rules().application())).isPresent();
    return inService && own && authorised;
  }

  private static List<String> kinds() {
    return Stream.of(Rulebook.families()).flatMap(family -> family.handlings().stream())
        .map(handling -> handling.kind().getSimpleName()).collect(Collectors.toList());
  }

  @Test
  @DisplayName("L26-3, C9, K8: in production, every decided command includes its access refusals, and only "
      + "an employee signed in as their own authorised account acts")
  void production() {
    StatefulProperty<Desk> property = property(Rulebook.standard(), GovernanceRules.defaults());
    PropertyReport report = require(property, "ApproveDesignation accepted").check();
    assertTrue(report.coverage().steps() >= (long) report.runs() * report.stepsPerRun() / 2, report.coverage()::table);
  }

  @Test
  @DisplayName("C8, X3: in familiarisation, with the Ministry's approval on, every decided command includes its "
      + "access refusals")
  void familiarisation() {
    StatefulProperty<Desk> property = property(Rulebook.standard(),
        GovernanceRules.builder().phase(Phase.FAMILIARISATION).handoverNeedsApproval(true).build());
    require(property).check();
  }

  /** Every kind accepted and rejected in a share of steps, but the outcomes the rules make impossible. */
  private static StatefulProperty<Desk> require(StatefulProperty<Desk> property, String... impossible) {
    List<String> none = List.of(impossible);
    for (String kind : kinds()) {
      for (String outcome : List.of(kind + " accepted", kind + " rejected")) {
        if (!none.contains(outcome)) {
          property.requireCoverage(outcome, MIN_SHARE);
        }
      }
    }
    return property;
  }

  @Test
  @DisplayName("L26-3: property 9 fails when a handling no longer begins with the access rule of the role (RoleOnPlace)")
  void propertyNineCatchesAMissingRoleRule() {
    Decider without = withoutRule("RoleOnPlace");
    assertThrows(PropertyFalsified.class, () -> property(without, GovernanceRules.defaults()).check());
  }

  @Test
  @DisplayName("K1, K8: property 10 fails when the handlings no longer check the service account or the authorisation")
  void propertyTenCatchesMissingStandingRules() {
    for (String rule : List.of("OwnServiceAccount", "Authorised")) {
      Decider without = withoutRule(rule);
      PropertyFalsified failure = assertThrows(PropertyFalsified.class,
          () -> property(without, GovernanceRules.defaults()).check(), rule);
      assertTrue(failure.getMessage().contains("9.") || failure.getMessage().contains("10."), failure::getMessage);
    }
  }

  @Test
  @DisplayName("L26-3: property 11 fails when a rule reports a code it does not declare (RoleOnPlace hiding its codes)")
  void propertyElevenCatchesAnUndeclaredCode() {
    Decider hiding = Decider.of(Stream.of(Rulebook.families()).map(family -> new Family(family.name(),
        family.handlings().stream().map(OneKernelProperties::hidingRoleCodes).collect(Collectors.toList())))
        .toArray(Family[]::new));
    PropertyFalsified failure = assertThrows(PropertyFalsified.class,
        () -> property(hiding, GovernanceRules.defaults()).check());
    assertTrue(failure.getMessage().contains("11."), failure::getMessage);
  }

  private static <C extends Command> Handling<C> hidingRoleCodes(Handling<C> handling) {
    List<Rule<? super C>> rules = new ArrayList<>();
    for (Rule<? super C> rule : handling.rules()) {
      rules.add(rule.name().startsWith("RoleOnPlace") ? OneKernelProperties.<C>hidingCodes(rule) : rule);
    }
    return Handling.of(handling.kind(), rules.subList(1, rules.size()), handling.effect());
  }

  private static <C extends Command> Rule<C> hidingCodes(Rule<? super C> rule) {
    return new Rule<>() {
      @Override
      public List<Violation> check(C command, Directory directory, GovernanceRules rules) {
        return rule.check(command, directory, rules);
      }

      @Override
      public String name() {
        return rule.name();
      }
    };
  }

  /** The standard decider with one access rule left out of every handling, as a defect would. */
  static Decider withoutRule(String prefix) {
    return Decider.of(Stream.of(Rulebook.families()).map(family -> new Family(family.name(),
        family.handlings().stream().map(handling -> without(handling, prefix)).collect(Collectors.toList())))
        .toArray(Family[]::new));
  }

  private static <C extends Command> Handling<C> without(Handling<C> handling, String prefix) {
    List<Rule<? super C>> kept = handling.rules().stream()
        .filter(rule -> !rule.name().startsWith(prefix) && !rule.name().equals("TimeMovesForward"))
        .collect(Collectors.toList());
    return Handling.of(handling.kind(), kept, handling.effect());
  }
}
