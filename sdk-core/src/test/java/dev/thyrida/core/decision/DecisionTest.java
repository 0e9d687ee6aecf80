package dev.thyrida.core.decision;

import static dev.thyrida.core.fixture.Sample.CLERK;
import static dev.thyrida.core.fixture.Sample.MAILBOX;
import static dev.thyrida.core.fixture.Sample.SUPERVISOR;
import static dev.thyrida.core.fixture.Sample.T0;
import static dev.thyrida.core.fixture.Sample.employee;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.event.HandlerAdded;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.principal.Actor;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Decision — accepted with events or rejected with violations")
class DecisionTest {

  enum Code implements ViolationCode {
    NOT_ELIGIBLE_AT_KEP;

    @Override
    public Clause clause() {
      return Clause.C3;
    }

    @Override
    public List<String> parameters() {
      return List.of("kep", "person");
    }
  }

  private final AddHandler command = new AddHandler(employee(SUPERVISOR), T0, MAILBOX, CLERK);

  @Test
  @DisplayName("an accepted decision has its events and no violations")
  void accepted() {
    HandlerAdded event = new HandlerAdded(Actor.of(command.actor()), T0, MAILBOX, CLERK);
    Decision decision = Decision.accept(command, List.of(event));
    assertTrue(decision.isAccepted());
    assertEquals(List.of(event), decision.events());
    assertTrue(decision.violations().isEmpty());
    assertTrue(decision.codes().isEmpty());
    assertEquals(command, decision.command());
  }

  @Test
  @DisplayName("C3: a rejected decision has its codes and no events")
  void rejected() {
    Decision decision = Decision.reject(command, List.of(Violation.of(Code.NOT_ELIGIBLE_AT_KEP, "kep", "K1")));
    assertFalse(decision.isAccepted());
    assertEquals(List.of(Code.NOT_ELIGIBLE_AT_KEP), decision.codes());
    assertTrue(decision.events().isEmpty());
  }

  @Test
  @DisplayName("a rejection without a violation cannot be built")
  void rejectionNeedsAViolation() {
    assertThrows(InvalidValueException.class, () -> Decision.reject(command, List.of()));
    assertThrows(InvalidValueException.class, () -> Decision.accept(command, null));
  }
}
