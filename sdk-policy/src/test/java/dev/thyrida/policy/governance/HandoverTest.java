package dev.thyrida.policy.governance;

import static dev.thyrida.policy.fixture.People.CLERK;
import static dev.thyrida.policy.fixture.People.HR;
import static dev.thyrida.policy.fixture.People.INCOMING;
import static dev.thyrida.policy.fixture.People.OFFICIAL;
import static dev.thyrida.policy.fixture.People.OTHER;
import static dev.thyrida.policy.fixture.People.SUPERVISOR;
import static dev.thyrida.policy.fixture.People.employee;
import static dev.thyrida.policy.fixture.People.ministry;
import static dev.thyrida.policy.fixture.World.KEP;
import static dev.thyrida.policy.fixture.World.MAILBOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.ApproveDesignation;
import dev.thyrida.core.command.DeactivateAdministrator;
import dev.thyrida.core.command.DesignateAdministrator;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.event.AdministratorDeactivated;
import dev.thyrida.core.event.AdministratorDesignated;
import dev.thyrida.core.event.DesignationApproved;
import dev.thyrida.core.event.DesignationAwaitingApproval;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.fixture.World;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("C7, X2, X3, D7: the handover between outgoing and incoming supervisor")
class HandoverTest {

  private static World appointed(World world) {
    Instant at = world.now();
    return world.given(new AppointSupervisor(HR, at, KEP, INCOMING, at));
  }

  @Test
  @DisplayName("C7: appointing a supervisor makes nobody an administrator")
  void appointmentIsNotDesignation() {
    World world = appointed(World.standard());
    assertEquals(Set.of(SUPERVISOR), world.directory().mailbox(MAILBOX).orElseThrow().administrators());
  }

  @Test
  @DisplayName("C7: the outgoing administrator designates the incoming supervisor, then the incoming one deactivates the outgoing")
  void completesTheHandover() {
    World world = appointed(World.standard());
    Decision designated = world.when(new DesignateAdministrator(employee(SUPERVISOR), world.now(), MAILBOX, INCOMING));
    assertTrue(designated.isAccepted(), designated.violations()::toString);
    assertEquals(Clause.C7, ((AdministratorDesignated) designated.events().get(0)).clause());
    world.given(designated.command());
    Decision deactivated = world.when(new DeactivateAdministrator(employee(INCOMING), world.now(), MAILBOX, SUPERVISOR));
    assertTrue(deactivated.isAccepted(), deactivated.violations()::toString);
    assertTrue(deactivated.events().get(0) instanceof AdministratorDeactivated);
    world.given(deactivated.command());
    assertEquals(Set.of(INCOMING), world.directory().mailbox(MAILBOX).orElseThrow().administrators());
  }

  @Test
  @DisplayName("C7: only the KEP's current supervisor is designated, and only by an administrator")
  void refusesWrongDesignation() {
    World world = appointed(World.standard());
    assertEquals(List.of(GovernanceCode.INCOMING_NOT_CURRENT_SUPERVISOR),
        world.when(new DesignateAdministrator(employee(SUPERVISOR), world.now(), MAILBOX, CLERK)).codes());
    assertEquals(List.of(AccessCode.NOT_AN_ADMINISTRATOR),
        world.when(new DesignateAdministrator(employee(INCOMING), world.now(), MAILBOX, INCOMING)).codes());
  }

  @Test
  @DisplayName("C7: the supervisor already administrator is not designated again")
  void refusesDesignatingAnAdministrator() {
    World world = World.standard();
    assertEquals(List.of(GovernanceCode.ALREADY_ADMINISTRATOR),
        world.when(new DesignateAdministrator(employee(SUPERVISOR), world.now(), MAILBOX, SUPERVISOR)).codes());
  }

  @Test
  @DisplayName("X2: a mailbox with the maximum of administrators takes no further designation")
  void refusesAboveTheMaximum() {
    World world = appointed(World.standard(GovernanceRules.builder().maxAdministrators(1).build()));
    assertEquals(List.of(GovernanceCode.ADMINISTRATOR_LIMIT_REACHED),
        world.when(new DesignateAdministrator(employee(SUPERVISOR), world.now(), MAILBOX, INCOMING)).codes());
  }

  @Test
  @DisplayName("X3: with approval on, the designation waits for the Ministry, which alone approves it")
  void approvalWaitsForTheMinistry() {
    World world = appointed(World.standard(GovernanceRules.builder().handoverNeedsApproval(true).build()));
    Decision waiting = world.when(new DesignateAdministrator(employee(SUPERVISOR), world.now(), MAILBOX, INCOMING));
    assertTrue(waiting.events().get(0) instanceof DesignationAwaitingApproval);
    world.given(waiting.command());
    assertEquals(List.of(GovernanceCode.DESIGNATION_ALREADY_PENDING),
        world.when(new DesignateAdministrator(employee(SUPERVISOR), world.now(), MAILBOX, INCOMING)).codes());
    Decision byEmployee = world.when(new ApproveDesignation(employee(SUPERVISOR), world.now(), MAILBOX, INCOMING));
    assertEquals(List.of(AccessCode.PRINCIPAL_NOT_PERMITTED), byEmployee.codes());
    assertEquals(Clause.L26_3, byEmployee.violations().get(0).clause());
    Decision approved = world.when(new ApproveDesignation(ministry(OFFICIAL), world.now(), MAILBOX, INCOMING));
    assertEquals(List.of(DesignationApproved.class, AdministratorDesignated.class),
        approved.events().stream().map(Object::getClass).toList());
  }

  @Test
  @DisplayName("X3: the Ministry approves only the designation that waits")
  void refusesApprovalOfNothing() {
    World world = appointed(World.standard());
    assertEquals(List.of(GovernanceCode.DESIGNATION_NOT_PENDING),
        world.when(new ApproveDesignation(ministry(OFFICIAL), world.now(), MAILBOX, INCOMING)).codes());
  }

  @Test
  @DisplayName("C7, D7: nobody deactivates themselves, and the last administrator is never deactivated")
  void refusesSelfAndLast() {
    World world = World.standard();
    assertEquals(List.of(GovernanceCode.CANNOT_DEACTIVATE_SELF, GovernanceCode.LAST_ADMINISTRATOR),
        world.when(new DeactivateAdministrator(employee(SUPERVISOR), world.now(), MAILBOX, SUPERVISOR)).codes());
  }

  @Test
  @DisplayName("C7, D7: before designation, the incoming supervisor may not deactivate a non-administrator, and a clerk who is neither supervisor nor administrator may not deactivate the last administrator")
  void refusesDeactivationByNonAdministrators() {
    World world = appointed(World.standard());
    assertEquals(List.of(AccessCode.NOT_AN_ADMINISTRATOR, GovernanceCode.PERSON_NOT_AN_ADMINISTRATOR),
        world.when(new DeactivateAdministrator(employee(INCOMING), world.now(), MAILBOX, OTHER)).codes());
    Decision byClerk = world.when(new DeactivateAdministrator(employee(CLERK), world.now(), MAILBOX, SUPERVISOR));
    assertEquals(List.of(AccessCode.NOT_AN_ADMINISTRATOR, GovernanceCode.NOT_CURRENT_SUPERVISOR,
        GovernanceCode.LAST_ADMINISTRATOR), byClerk.codes());
    assertEquals(Clause.X2, byClerk.violations().get(0).clause());
  }

  @Test
  @DisplayName("C7: after designation, the outgoing supervisor-administrator may not deactivate the incoming one (only the incoming deactivates the outgoing)")
  void refusesOutgoingDeactivatingIncoming() {
    World world = appointed(World.standard());
    world.given(new DesignateAdministrator(employee(SUPERVISOR), world.now(), MAILBOX, INCOMING));
    assertEquals(Set.of(SUPERVISOR, INCOMING), world.directory().mailbox(MAILBOX).orElseThrow().administrators());
    Decision byOutgoing = world.when(new DeactivateAdministrator(employee(SUPERVISOR), world.now(), MAILBOX, INCOMING));
    assertEquals(List.of(GovernanceCode.NOT_CURRENT_SUPERVISOR), byOutgoing.codes());
    assertEquals(Clause.C1, byOutgoing.violations().get(0).clause());
  }
}
