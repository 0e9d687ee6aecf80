package dev.thyrida.policy.governance;

import static dev.thyrida.policy.fixture.People.CLERK;
import static dev.thyrida.policy.fixture.People.HR;
import static dev.thyrida.policy.fixture.People.SUPERVISOR;
import static dev.thyrida.policy.fixture.People.employee;
import static dev.thyrida.policy.fixture.World.MAILBOX;
import static dev.thyrida.policy.fixture.World.MAILBOX_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.account.Role;
import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.event.AdministratorRemoved;
import dev.thyrida.core.event.AgencyAdministratorAppointed;
import dev.thyrida.core.event.AgencyAdministratorRemoved;
import dev.thyrida.core.event.AuthorisationGranted;
import dev.thyrida.core.event.AuthorisationWithdrawn;
import dev.thyrida.core.event.HandlerRemoved;
import dev.thyrida.core.event.ServiceAccountSuspended;
import dev.thyrida.core.event.StatusLost;
import dev.thyrida.core.identity.ApplicationId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Actor;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.fixture.People;
import dev.thyrida.policy.fixture.World;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("C6, D6: loss of public-servant status removes every right in the same decision")
class StatusLossTest {

  @Test
  @DisplayName("C6, D6: the loss removes every handler assignment, one event each")
  void removesEveryHandlerAssignment() {
    World world = World.standard();
    world.given(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK));
    world.given(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX_2, CLERK));
    Instant at = world.now();
    Decision decision = world.when(new RecordStatusLoss(HR, at, CLERK, at, LossReason.DISMISSAL));
    assertEquals(List.of(StatusLost.class, HandlerRemoved.class, HandlerRemoved.class, AuthorisationWithdrawn.class,
        ServiceAccountSuspended.class), decision.events().stream().map(Object::getClass).toList());
    assertEquals(Clause.C6, ((HandlerRemoved) decision.events().get(1)).clause());
    world.given(decision.command());
    assertFalse(Holdings.of(CLERK, world.directory()).holdsRemovableRights());
  }

  @Test
  @DisplayName("D6: the loss of the only administrator leaves the mailbox with none, for the audit and D7")
  void removesAdministratorRoles() {
    World world = World.standard();
    Instant at = world.now();
    Decision decision = world.when(new RecordStatusLoss(HR, at, SUPERVISOR, at, LossReason.RETIREMENT));
    assertEquals(List.of(StatusLost.class, AdministratorRemoved.class, AdministratorRemoved.class,
        AuthorisationWithdrawn.class, ServiceAccountSuspended.class),
        decision.events().stream().map(Object::getClass).toList());
    world.given(decision.command());
    assertTrue(world.directory().mailbox(MAILBOX).orElseThrow().administrators().isEmpty());
  }

  @Test
  @DisplayName("C6, D6, K8: the loss withdraws every application authorisation and suspends the service account")
  void withdrawsAuthorisationsAndSuspendsAccount() {
    World world = World.standard();
    Actor hr = Actor.of(HR);
    Instant at = world.now();
    world.apply(new AuthorisationGranted(hr, at, CLERK, ApplicationId.of("erms"), Set.of(Role.of("reader")),
        People.HR_OFFICER));
    Instant lost = world.now();
    Decision decision = world.when(new RecordStatusLoss(HR, lost, CLERK, lost, LossReason.RESIGNATION));
    assertEquals(List.of(StatusLost.class, AuthorisationWithdrawn.class, AuthorisationWithdrawn.class,
        ServiceAccountSuspended.class), decision.events().stream().map(Object::getClass).toList());
    assertEquals(ApplicationId.of("erms"), ((AuthorisationWithdrawn) decision.events().get(1)).application());
    assertEquals(Clause.C6, ((ServiceAccountSuspended) decision.events().get(3)).clause());
    world.given(decision.command());
    assertFalse(Holdings.of(CLERK, world.directory()).holdsRemovableRights());
  }

  @Test
  @DisplayName("D6, X5: the loss removes the agency administrator role in the same decision")
  void removesAgencyAdministratorRoles() {
    World world = World.standard();
    Actor hr = Actor.of(HR);
    world.apply(new AgencyAdministratorAppointed(hr, world.now(), World.MUNICIPALITY, CLERK));
    Instant lost = world.now();
    Decision decision = world.when(new RecordStatusLoss(HR, lost, CLERK, lost, LossReason.RESIGNATION));
    assertEquals(List.of(new StatusLost(hr, lost, CLERK, lost, LossReason.RESIGNATION),
        new AgencyAdministratorRemoved(hr, lost, World.MUNICIPALITY, CLERK)), decision.events().stream()
        .filter(event -> event instanceof StatusLost || event instanceof AgencyAdministratorRemoved).toList());
    world.given(decision.command());
    assertFalse(world.directory().agency(World.MUNICIPALITY).orElseThrow().administrators().contains(CLERK));
    assertFalse(Holdings.of(CLERK, world.directory()).holdsRemovableRights());
  }

  @Test
  @DisplayName("C6: a loss is recorded once, for a registered employee")
  void refusesRepeatedOrUnknown() {
    World world = World.standard();
    Instant at = world.now();
    world.given(new RecordStatusLoss(HR, at, CLERK, at, LossReason.DEATH));
    Instant later = world.now();
    assertEquals(List.of(GovernanceCode.STATUS_ALREADY_LOST),
        world.when(new RecordStatusLoss(HR, later, CLERK, later, LossReason.DEATH)).codes());
    assertEquals(List.of(AccessCode.EMPLOYEE_NOT_REGISTERED),
        world.when(new RecordStatusLoss(HR, later, TaxId.of("123456783"), later, LossReason.DEATH)).codes());
  }

  @Test
  @DisplayName("D6: a loss is recorded once it has taken effect")
  void refusesFutureLoss() {
    World world = World.standard();
    Instant at = world.now();
    assertEquals(List.of(GovernanceCode.FACT_NOT_YET_EFFECTIVE),
        world.when(new RecordStatusLoss(HR, at, CLERK, at.plusSeconds(60), LossReason.RETIREMENT)).codes());
  }

  @Test
  @DisplayName("C6: an ex-servant may take no mailbox action")
  void exServantMayNotAct() {
    World world = World.standard();
    Instant at = world.now();
    world.given(new RecordStatusLoss(HR, at, SUPERVISOR, at, LossReason.RETIREMENT));
    assertEquals(List.of(AccessCode.STATUS_LOST, AccessCode.SERVICE_ACCOUNT_SUSPENDED, AccessCode.NO_AUTHORISATION,
        AccessCode.NOT_AN_ADMINISTRATOR),
        world.when(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK)).codes());
  }
}
