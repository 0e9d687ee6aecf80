package dev.thyrida.policy.governance;

import static dev.thyrida.policy.fixture.People.CLERK;
import static dev.thyrida.policy.fixture.People.HR;
import static dev.thyrida.policy.fixture.People.INCOMING;
import static dev.thyrida.policy.fixture.People.OFFICIAL;
import static dev.thyrida.policy.fixture.People.SUPERVISOR;
import static dev.thyrida.policy.fixture.People.employee;
import static dev.thyrida.policy.fixture.People.ministry;
import static dev.thyrida.policy.fixture.World.KEP;
import static dev.thyrida.policy.fixture.World.MAILBOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.command.RecoverAdministrator;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.event.AdministratorRecovered;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.fixture.World;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("D7: the Ministry's recovery of a KEP mailbox left with no administrator")
class RecoverAdministratorTest {

  private static final String REASON = "Ο προϊστάμενος συνταξιοδοτήθηκε πριν από την παράδοση (C6).";

  private static World orphaned() {
    World world = World.standard();
    Instant lost = world.now();
    world.given(new RecordStatusLoss(HR, lost, SUPERVISOR, lost, LossReason.RETIREMENT));
    Instant at = world.now();
    return world.given(new AppointSupervisor(HR, at, KEP, INCOMING, at));
  }

  @Test
  @DisplayName("D7: a Ministry official, with a written reason, makes the current supervisor administrator")
  void ministryRecovers() {
    World world = orphaned();
    Decision decision = world.when(new RecoverAdministrator(ministry(OFFICIAL), world.now(), MAILBOX, INCOMING, REASON));
    assertTrue(decision.isAccepted(), decision.violations()::toString);
    AdministratorRecovered recovered = (AdministratorRecovered) decision.events().get(0);
    assertEquals(Clause.D7, recovered.clause());
    assertEquals(REASON, recovered.reason());
  }

  @Test
  @DisplayName("D7: only the Ministry recovers")
  void refusesEmployee() {
    World world = orphaned();
    Decision decision = world.when(new RecoverAdministrator(employee(INCOMING), world.now(), MAILBOX, INCOMING, REASON));
    assertEquals(List.of(AccessCode.PRINCIPAL_NOT_PERMITTED), decision.codes());
    assertEquals(Clause.L26_3, decision.violations().get(0).clause());
  }

  @Test
  @DisplayName("D7: only a mailbox with no administrator is recovered")
  void refusesMailboxWithAdministrator() {
    World world = World.standard();
    assertEquals(List.of(GovernanceCode.MAILBOX_HAS_ADMINISTRATOR),
        world.when(new RecoverAdministrator(ministry(OFFICIAL), world.now(), MAILBOX, SUPERVISOR, REASON)).codes());
  }

  @Test
  @DisplayName("D7: a recovery needs a real written reason and names the current supervisor")
  void refusesShortReasonAndWrongPerson() {
    World world = orphaned();
    Decision decision = world.when(new RecoverAdministrator(ministry(OFFICIAL), world.now(), MAILBOX, CLERK, "n/a"));
    assertEquals(List.of(GovernanceCode.RECOVERY_REASON_REQUIRED, GovernanceCode.INCOMING_NOT_CURRENT_SUPERVISOR),
        decision.codes());
    assertEquals(Clause.C7, decision.violations().get(1).clause());
  }
}
