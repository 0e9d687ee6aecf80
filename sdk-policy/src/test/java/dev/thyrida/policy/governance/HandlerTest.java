package dev.thyrida.policy.governance;

import static dev.thyrida.policy.fixture.People.CLERK;
import static dev.thyrida.policy.fixture.People.HR;
import static dev.thyrida.policy.fixture.People.INCOMING;
import static dev.thyrida.policy.fixture.People.OTHER;
import static dev.thyrida.policy.fixture.People.SUPERVISOR;
import static dev.thyrida.policy.fixture.People.T0;
import static dev.thyrida.policy.fixture.People.employee;
import static dev.thyrida.policy.fixture.World.INACTIVE;
import static dev.thyrida.policy.fixture.World.KEP;
import static dev.thyrida.policy.fixture.World.MAILBOX;
import static dev.thyrida.policy.fixture.World.MAILBOX_2;
import static dev.thyrida.policy.fixture.World.OTHER_KEP_MAILBOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.MoveHandler;
import dev.thyrida.core.command.RecordPosting;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.command.RemoveHandler;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.event.HandlerAdded;
import dev.thyrida.core.event.HandlerMoved;
import dev.thyrida.core.event.HandlerRemoved;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.fixture.World;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("C2-C5: adding, moving and deleting the users of a KEP mailbox")
class HandlerTest {

  private final World world = World.standard();

  @Test
  @DisplayName("C2, C4: the administrator adds an eligible employee, with no Ministry step")
  void administratorAddsEligibleEmployee() {
    Decision decision = world.when(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK));
    assertTrue(decision.isAccepted(), decision.violations()::toString);
    assertEquals(List.of(HandlerAdded.class), decision.events().stream().map(Object::getClass).toList());
  }

  @Test
  @DisplayName("C2: someone who is not an administrator of the mailbox may not add a user")
  void refusesNonAdministrator() {
    Decision decision = world.when(new AddHandler(employee(CLERK), world.now(), MAILBOX, CLERK));
    assertEquals(List.of(AccessCode.NOT_AN_ADMINISTRATOR), decision.codes());
    assertEquals(Clause.X2, decision.violations().get(0).clause());
  }

  @Test
  @DisplayName("C3: an employee with no posting at the KEP is not eligible")
  void refusesEmployeeWithoutPosting() {
    Decision decision = world.when(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, OTHER));
    assertEquals(List.of(GovernanceCode.NOT_ELIGIBLE_AT_KEP), decision.codes());
    assertEquals("NO_POSTING_AT_KEP", decision.violations().get(0).parameter("reason"));
  }

  @Test
  @DisplayName("C3, C6: an ex-servant is refused for status, not for the posting")
  void refusesExServant() {
    Instant at = world.now();
    world.given(new RecordStatusLoss(HR, at, CLERK, at, LossReason.RETIREMENT));
    assertEquals(List.of(AccessCode.STATUS_LOST),
        world.when(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK)).codes());
  }

  @Test
  @DisplayName("C3: an unregistered person is refused")
  void refusesUnknownPerson() {
    assertEquals(List.of(AccessCode.EMPLOYEE_NOT_REGISTERED),
        world.when(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, TaxId.of("123456783"))).codes());
  }

  @Test
  @DisplayName("C2: users are defined only in an activated mailbox")
  void refusesInactiveMailbox() {
    assertEquals(List.of(AccessCode.MAILBOX_NOT_ACTIVE, AccessCode.NOT_AN_ADMINISTRATOR),
        world.when(new AddHandler(employee(SUPERVISOR), world.now(), INACTIVE, CLERK)).codes());
  }

  @Test
  @DisplayName("C5: a user is not added twice")
  void refusesDuplicate() {
    world.given(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK));
    assertEquals(List.of(GovernanceCode.ALREADY_HANDLER),
        world.when(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK)).codes());
  }

  @Test
  @DisplayName("C2, C3, C5: every broken rule is reported at once, in order")
  void reportsEveryViolation() {
    world.given(new RecordStatusLoss(HR, world.now(), INCOMING, T0, LossReason.RESIGNATION));
    Decision decision = world.when(new AddHandler(employee(CLERK), world.now(), INACTIVE, INCOMING));
    assertEquals(List.of(AccessCode.MAILBOX_NOT_ACTIVE, AccessCode.NOT_AN_ADMINISTRATOR,
        AccessCode.STATUS_LOST, GovernanceCode.NOT_ELIGIBLE_AT_KEP), decision.codes());
  }

  @Test
  @DisplayName("C5: an administrator of both mailboxes moves a user; one event says moved")
  void movesBetweenMailboxes() {
    world.given(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK));
    Decision decision = world.when(new MoveHandler(employee(SUPERVISOR), world.now(), MAILBOX, MAILBOX_2, CLERK));
    assertTrue(decision.isAccepted(), decision.violations()::toString);
    assertEquals(List.of(HandlerMoved.class), decision.events().stream().map(Object::getClass).toList());
  }

  @Test
  @DisplayName("C5, C3: a move needs administration of both mailboxes and eligibility at the target's KEP")
  void refusesMoveToAnotherKep() {
    world.given(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK));
    Decision decision = world.when(new MoveHandler(employee(SUPERVISOR), world.now(), MAILBOX, OTHER_KEP_MAILBOX, CLERK));
    assertEquals(List.of(AccessCode.MAILBOX_NOT_ACTIVE, AccessCode.NOT_AN_ADMINISTRATOR,
        GovernanceCode.NOT_ELIGIBLE_AT_KEP), decision.codes());
    assertEquals(Clause.X2, decision.violations().get(1).clause());
  }

  @Test
  @DisplayName("C5: a move names two different mailboxes and a current user of the first")
  void refusesSameMailboxAndNonUser() {
    assertEquals(List.of(GovernanceCode.SAME_MAILBOX, GovernanceCode.PERSON_NOT_A_HANDLER),
        world.when(new MoveHandler(employee(SUPERVISOR), world.now(), MAILBOX, MAILBOX, CLERK)).codes());
    assertEquals(List.of(GovernanceCode.PERSON_NOT_A_HANDLER),
        world.when(new MoveHandler(employee(SUPERVISOR), world.now(), MAILBOX, MAILBOX_2, CLERK)).codes());
  }

  @Test
  @DisplayName("C5: the administrator deletes a user")
  void deletesUser() {
    world.given(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK));
    Decision decision = world.when(new RemoveHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK));
    assertTrue(decision.isAccepted());
    assertEquals(Clause.C5, ((HandlerRemoved) decision.events().get(0)).clause());
  }

  @Test
  @DisplayName("C5: only an administrator deletes, and only a user")
  void refusesDeleteByNonAdministratorOrOfNonUser() {
    assertEquals(List.of(AccessCode.NOT_AN_ADMINISTRATOR, GovernanceCode.PERSON_NOT_A_HANDLER),
        world.when(new RemoveHandler(employee(CLERK), world.now(), MAILBOX, CLERK)).codes());
  }

  @Test
  @DisplayName("C3: a transfer of KEP staff by a decision valid then makes the employee eligible")
  void transferMakesEligible() {
    world.given(new RecordPosting(HR, world.now(), World.byDecision(PostingId.of("p-other"), OTHER, KEP,
        PostingBasis.TRANSFER_BY_DECISION, StaffBranch.KEP_STAFF_BRANCH, T0, Optional.empty())));
    assertTrue(world.when(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, OTHER)).isAccepted());
  }
}
