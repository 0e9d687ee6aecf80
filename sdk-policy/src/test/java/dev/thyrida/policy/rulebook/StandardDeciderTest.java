package dev.thyrida.policy.rulebook;

import static dev.thyrida.policy.fixture.People.CLERK;
import static dev.thyrida.policy.fixture.People.SUPERVISOR;
import static dev.thyrida.policy.fixture.People.employee;
import static dev.thyrida.policy.fixture.World.MAILBOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.Command;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Phase;
import dev.thyrida.policy.fixture.World;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One mechanism: the standard decider hosts inject is the one {@link Rulebook#decide} runs (issue 13: PIT). */
class StandardDeciderTest {

  @Test
  @DisplayName("L26-3: the standard decider is one instance, and decides every command as Rulebook.decide does")
  void standardIsTheRulebook() {
    World world = World.standard();
    assertSame(Rulebook.standard(), Rulebook.standard());
    for (GovernanceRules rules : new GovernanceRules[] {GovernanceRules.defaults(),
        GovernanceRules.builder().phase(Phase.PRODUCTION).build()}) {
      Command command = new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK);
      assertEquals(Rulebook.decide(command, world.directory(), rules),
          Rulebook.standard().apply(command, world.directory(), rules));
    }
  }
}
