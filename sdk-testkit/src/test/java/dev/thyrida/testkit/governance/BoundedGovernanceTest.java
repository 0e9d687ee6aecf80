package dev.thyrida.testkit.governance;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.command.Command;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.policy.decide.Decider;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Phase;
import dev.thyrida.policy.rulebook.Rulebook;
import dev.thyrida.testkit.sequences.DecidedCommands;
import dev.thyrida.testkit.sequences.Scene;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pcollections.PMap;

/**
 * Exhaustive bounded checking, as TLC checks a TLA+ spec (issue 13): from the {@link SmallWorld},
 * every command of {@link SmallWorld#commands()} is decided in every reachable state, breadth first,
 * up to {@code thyrida.bounded.depth} steps (2 in the default build; see docs/reliability.md for
 * deeper runs), or until no new state appears. Every transition is checked against the invariants
 * of one step (4-7, and 9-10 of {@link OneKernelProperties}: decide's violations include
 * Access.decide's, production needs an own authorised account), every new state against the
 * invariants of a state (1-3, 8). A counterexample is printed as the shortest command sequence.
 */
class BoundedGovernanceTest {

  private static final int DEPTH = Integer.getInteger("thyrida.bounded.depth", 2);

  /** One phase only ({@code -Dthyrida.bounded.phase=PRODUCTION}) for the long runs; both when unset. */
  private static final String PHASE = System.getProperty("thyrida.bounded.phase", "");

  /** A reached state, with the step that first reached it, for the shortest counterexample. */
  private record Node(Journal journal, Optional<Node> parent, Optional<Command> via, int depth) {}

  /** What makes two states the same: the directory, the instant, and what the invariants remember. */
  private record Key(Directory directory, Instant now, PMap<MailboxId, String> lastAdminChange) {}

  private static final Map<String, Predicate<Journal>> STEP = new LinkedHashMap<>();
  private static final Map<String, Predicate<Journal>> STATE = new LinkedHashMap<>();

  static {
    STEP.put("4. after a handover completes, the only administrator is the current supervisor",
        Invariants::handoverLeavesSupervisor);
    STEP.put("5. only an administrator changes handlers; the host only removes them for C6/D8",
        Invariants::onlyAdministratorsChangeHandlers);
    STEP.put("6. a rejection changes nothing; an acceptance exactly what its events say",
        Invariants::decisionsChangeWhatTheySay);
    STEP.put("7. decide is total and deterministic", Invariants::decideTotalAndDeterministic);
    STEP.put("7. every violation carries exactly its code's parameters", Invariants::violationsNameTheirParameters);
    STEP.put("9. decide's violations include Access.decide's; an accepted command is one access allows",
        journal -> OneKernelProperties.decideIncludesAccess(desk(journal)));
    STEP.put("10. in production an employee's accepted command needs their own authorised account",
        journal -> OneKernelProperties.productionNeedsOwnAuthorisedAccount(desk(journal)));
    STATE.put("1. every handler is eligible at its KEP, or its posting ran out and the audit says so",
        Invariants::handlersEligible);
    STATE.put("2. no ex-servant holds a role, an authorisation or an active account", Invariants::exServantsHoldNothing);
    STATE.put("3. every active KEP mailbox has 1..max administrators, or none after D6, reported",
        Invariants::administratorsCounted);
    STATE.put("8. replaying the event log rebuilds the directory", Invariants::replayRebuilds);
  }

  private static OneKernelProperties.Desk desk(Journal journal) {
    Journal.Step step = journal.last().orElseThrow();
    return new OneKernelProperties.Desk(Rulebook.standard(), journal.rules(), new Scene(journal.directory(),
        journal.now()), step.decision().map(decision -> new OneKernelProperties.Decided(step.before(),
        step.command(), decision)));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Phase.class)
  @DisplayName("L26-3, C3-C10, D6-D8, X2: every state reachable in the small world keeps every invariant")
  void everyReachableStateKeepsTheInvariants(Phase phase) {
    Assumptions.assumeTrue(PHASE.isEmpty() || PHASE.equals(phase.name()), "thyrida.bounded.phase=" + PHASE);
    explore(Rulebook.standard(), GovernanceRules.builder().phase(phase).build(), DEPTH);
  }

  @Test
  @DisplayName("L26-3: the check finds, with its shortest sequence, a decider whose handlings lack the role rule")
  void findsAMissingAccessRule() {
    AssertionError failure = assertThrows(AssertionError.class,
        () -> explore(OneKernelProperties.withoutRule("RoleOnPlace"), GovernanceRules.defaults(), 2));
    // without the role rule a non-administrator's AddHandler is accepted: invariant 5 (checked before 9) sees it
    assertTrue(failure.getMessage().startsWith("invariant 5.") || failure.getMessage().startsWith("invariant 9."),
        failure::getMessage);
    assertTrue(failure.getMessage().lines().count() == 2, "one step, the shortest: " + failure.getMessage());
  }

  private static void explore(Decider decider, GovernanceRules rules, int bound) {
    Phase phase = rules.phase();
    long started = System.nanoTime();
    List<Command> commands = SmallWorld.commands();
    Journal start = Journal.start(rules, SmallWorld.setup(), SmallWorld.T0.minusSeconds(60));
    Set<Key> seen = new HashSet<>(List.of(key(start)));
    List<Node> frontier = List.of(new Node(start, Optional.empty(), Optional.empty(), 0));
    List<Integer> newStates = new ArrayList<>();
    long transitions = 0;
    boolean closed = false;
    for (int depth = 1; depth <= bound && !frontier.isEmpty(); depth++) {
      // the deepest level, the largest, is counted but not kept: nothing expands it
      List<Node> next = new ArrayList<>();
      int found = 0;
      for (Node node : frontier) {
        for (Command command : commands) {
          Journal after = at(node.journal().decide(command, decider), command.issuedAt());
          transitions++;
          Node reached = new Node(after, Optional.of(node), Optional.of(command), depth);
          check(STEP, after, reached);
          if (after.last().flatMap(Journal.Step::decision).filter(d -> d.isAccepted()).isPresent()
              && seen.add(key(after))) {
            check(STATE, after, reached);
            found++;
            if (depth < bound) {
              next.add(reached);
            }
          }
        }
        for (Instant later : SmallWorld.INSTANTS) {
          if (later.isAfter(node.journal().now())) {
            Journal waited = node.journal().after(Duration.between(node.journal().now(), later));
            transitions++;
            if (seen.add(key(waited))) {
              Node reached = new Node(waited, Optional.of(node), Optional.empty(), depth);
              check(STATE, waited, reached);
              found++;
              if (depth < bound) {
                next.add(reached);
              }
            }
          }
        }
      }
      newStates.add(found);
      closed = found == 0;
      frontier = next;
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("bounded check, %s: %d commands per state, depth %d, new states per depth %s, %d states, "
        + "%d transitions, %d ms%s%n", phase, commands.size(), newStates.size(), newStates, seen.size(), transitions,
        millis, closed ? ", closed (no new state)" : ", bound reached");
    assertTrue(seen.size() > 1, "some command is accepted in the start state");
  }

  private static Key key(Journal journal) {
    return new Key(journal.directory(), journal.now(), journal.lastAdminChange());
  }

  /** The journal at the later of its instant and the command's: the world's clock, not the step count. */
  private static Journal at(Journal journal, Instant issued) {
    Instant now = issued.isAfter(journal.now()) ? issued : journal.now();
    return new Journal(journal.rules(), journal.directory(), journal.log(), now, journal.serial(), journal.last(),
        journal.lastAdminChange());
  }

  private static void check(Map<String, Predicate<Journal>> invariants, Journal journal, Node reached) {
    for (Map.Entry<String, Predicate<Journal>> invariant : invariants.entrySet()) {
      if (!invariant.getValue().test(journal)) {
        throw new AssertionError("invariant " + invariant.getKey() + " broken by the shortest sequence:\n"
            + story(reached));
      }
    }
  }

  private static String story(Node node) {
    Deque<String> steps = new ArrayDeque<>();
    for (Optional<Node> each = Optional.of(node); each.isPresent(); each = each.get().parent()) {
      Node step = each.get();
      if (step.parent().isPresent()) {
        steps.push("  " + step.via().map(DecidedCommands::describe).orElse("time passes to " + step.journal().now()));
      }
    }
    return String.join("\n", steps);
  }
}
