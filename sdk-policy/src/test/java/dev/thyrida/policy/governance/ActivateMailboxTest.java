package dev.thyrida.policy.governance;

import static dev.thyrida.policy.fixture.People.CLERK;
import static dev.thyrida.policy.fixture.People.HR;
import static dev.thyrida.policy.fixture.People.INCOMING;
import static dev.thyrida.policy.fixture.People.SUPERVISOR;
import static dev.thyrida.policy.fixture.People.employee;
import static dev.thyrida.policy.fixture.World.CITIZEN_MAILBOX;
import static dev.thyrida.policy.fixture.World.INACTIVE;
import static dev.thyrida.policy.fixture.World.KEP;
import static dev.thyrida.policy.fixture.World.MAILBOX;
import static dev.thyrida.policy.fixture.World.OTHER_KEP_MAILBOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.ActivateMailbox;
import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.event.AdministratorDesignated;
import dev.thyrida.core.event.MailboxActivated;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.fixture.World;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("C1, C10: activating a KEP mailbox")
class ActivateMailboxTest {

  private final World world = World.standard();

  @Test
  @DisplayName("C1: the current supervisor activates the mailbox and becomes its administrator in the same decision")
  void supervisorActivatesAndBecomesAdministrator() {
    Decision decision = world.when(new ActivateMailbox(employee(SUPERVISOR), world.now(), INACTIVE));
    assertTrue(decision.isAccepted(), decision.violations()::toString);
    assertEquals(2, decision.events().size());
    assertTrue(decision.events().get(0) instanceof MailboxActivated);
    AdministratorDesignated designated = (AdministratorDesignated) decision.events().get(1);
    assertEquals(SUPERVISOR, designated.administrator());
    assertEquals(Clause.C1, designated.clause());
  }

  @Test
  @DisplayName("C1: someone other than the KEP's current supervisor may not activate it")
  void refusesNonSupervisor() {
    Decision decision = world.when(new ActivateMailbox(employee(CLERK), world.now(), INACTIVE));
    assertEquals(List.of(GovernanceCode.NOT_CURRENT_SUPERVISOR), decision.codes());
    assertEquals(KEP.value(), decision.violations().get(0).parameter("kep"));
  }

  @Test
  @DisplayName("C1: a KEP without a supervisor has nobody to activate its mailbox")
  void refusesWhenKepHasNoSupervisor() {
    Decision decision = world.when(new ActivateMailbox(employee(SUPERVISOR), world.now(), OTHER_KEP_MAILBOX));
    assertEquals(List.of(GovernanceCode.NOT_CURRENT_SUPERVISOR), decision.codes());
  }

  @Test
  @DisplayName("C7, C10: a supervisor who took office later activates at once; the outgoing one no longer can")
  void newSupervisorActivates() {
    Instant at = world.now();
    world.given(new AppointSupervisor(HR, at, KEP, INCOMING, at));
    assertEquals(List.of(GovernanceCode.NOT_CURRENT_SUPERVISOR),
        world.when(new ActivateMailbox(employee(SUPERVISOR), world.now(), INACTIVE)).codes());
    assertTrue(world.when(new ActivateMailbox(employee(INCOMING), world.now(), INACTIVE)).isAccepted());
  }

  @Test
  @DisplayName("C1: an active mailbox is not activated again")
  void refusesAlreadyActive() {
    assertEquals(List.of(GovernanceCode.MAILBOX_ALREADY_ACTIVE),
        world.when(new ActivateMailbox(employee(SUPERVISOR), world.now(), MAILBOX)).codes());
  }

  @Test
  @DisplayName("C1: only an existing KEP request mailbox is activated")
  void refusesMissingOrNonKepMailbox() {
    assertEquals(List.of(AccessCode.MAILBOX_NOT_FOUND),
        world.when(new ActivateMailbox(employee(SUPERVISOR), world.now(), MailboxId.of("nowhere"))).codes());
    assertEquals(List.of(AccessCode.NOT_A_KEP_MAILBOX),
        world.when(new ActivateMailbox(employee(SUPERVISOR), world.now(), CITIZEN_MAILBOX)).codes());
  }
}
