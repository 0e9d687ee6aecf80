package dev.thyrida.policy.decide;

import static dev.thyrida.policy.fixture.People.CLERK;
import static dev.thyrida.policy.fixture.People.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.RegisterKep;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.Violation;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.directory.Directory;
import dev.thyrida.core.event.KepRegistered;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.KepCode;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.policy.fixture.People;
import dev.thyrida.policy.rulebook.Rulebook;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("L26-3: the decider kernel collects every violation, runs the effect only when none, and is total")
class DeciderTest {

  private enum Code implements ViolationCode {
    FIRST, SECOND;

    @Override
    public Clause clause() {
      return Clause.C1;
    }

    @Override
    public List<String> parameters() {
      return List.of();
    }
  }

  private static final KepCode KEP = KepCode.of("KEP-0001");
  private static final RegisterKep REGISTER = new RegisterKep(People.HR, T0, KEP, "ΚΕΠ Αθηνών", "Αθηναίων");

  private static final Rule<Command> ALWAYS_FIRST = (command, directory, rules) -> List.of(Violation.of(Code.FIRST));
  private static final Rule<RegisterKep> SECOND_UNLESS_NEW =
      (command, directory, rules) -> directory.kep(command.kep()).isPresent()
          ? List.of(Violation.of(Code.SECOND, "kep", command.kep().value()))
          : List.of();
  private static final Effect<RegisterKep> REGISTERED = (command, directory, rules) -> List.of(
      new KepRegistered(Actor.of(command.actor()), command.issuedAt(), command.kep(), command.name(), command.municipality()));

  @Test
  @DisplayName("L26-3: accepts with the effect's events when every rule holds")
  void acceptsWhenEveryRuleHolds() {
    Decider decider = Decider.of(Family.of("test", Handling.of(RegisterKep.class, List.of(SECOND_UNLESS_NEW), REGISTERED)));
    Decision decision = decider.apply(REGISTER, Directory.empty(), GovernanceRules.defaults());
    assertTrue(decision.isAccepted());
    assertEquals(1, decision.events().size());
  }

  @Test
  @DisplayName("L26-3: rejects with every violation of every rule, in rule order")
  void collectsEveryViolationInOrder() {
    Directory known = Directory.empty().evolveAll(REGISTERED.events(REGISTER, Directory.empty(), GovernanceRules.defaults()));
    Decider decider = Decider.of(Family.of("test",
        Handling.of(RegisterKep.class, List.of(SECOND_UNLESS_NEW, ALWAYS_FIRST), REGISTERED)));
    Decision decision = decider.apply(REGISTER, known, GovernanceRules.defaults());
    assertFalse(decision.isAccepted());
    assertEquals(List.of(Code.SECOND, Code.FIRST), decision.codes());
    assertEquals("KEP-0001", decision.violations().get(0).parameter("kep"));
  }

  @Test
  @DisplayName("L26-3: a command no family handles is rejected with its own code, never thrown")
  void unhandledCommandIsRejected() {
    Command command = new AddHandler(People.employee(CLERK), T0, MailboxId.of("mbx-1"), CLERK);
    Decision decision = Decider.of().apply(command, Directory.empty(), GovernanceRules.defaults());
    assertEquals(List.of(DecideCode.COMMAND_NOT_HANDLED), decision.codes());
    assertEquals("AddHandler", decision.violations().get(0).parameter("command"));
  }

  @Test
  @DisplayName("L26-3: two families may not handle the same kind of command")
  void refusesTwoHandlingsOfOneKind() {
    Handling<RegisterKep> handling = Handling.of(RegisterKep.class, List.of(), REGISTERED);
    assertThrows(InvalidValueException.class, () -> Decider.of(Family.of("a", handling), Family.of("b", handling)));
  }

  @Test
  @DisplayName("L26-3: missing arguments are refused with the SDK's exception, not a bare NPE")
  void refusesMissingArguments() {
    assertThrows(InvalidValueException.class, () -> Rulebook.decide(null, Directory.empty(), GovernanceRules.defaults()));
    assertThrows(InvalidValueException.class, () -> Rulebook.decide(REGISTER, null, GovernanceRules.defaults()));
    assertThrows(InvalidValueException.class, () -> Rulebook.decide(REGISTER, Directory.empty(), null));
    assertThrows(InvalidValueException.class, () -> Decider.evolve(null, null));
  }

  @Test
  @DisplayName("L26-3: evolve is the directory's own evolve")
  void evolveDelegatesToTheDirectory() {
    List<KepRegistered> events = List.of(new KepRegistered(Actor.of(People.HR), T0, KEP, "ΚΕΠ", "Δήμος"));
    assertEquals(Directory.replay(events), Decider.evolve(Directory.empty(), events.get(0)));
    assertSame(Rulebook.standard(), Rulebook.standard());
  }
}
