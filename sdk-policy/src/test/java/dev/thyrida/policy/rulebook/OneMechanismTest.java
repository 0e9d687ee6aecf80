package dev.thyrida.policy.rulebook;

import static dev.thyrida.policy.fixture.People.CLERK;
import static dev.thyrida.policy.fixture.People.HR;
import static dev.thyrida.policy.fixture.People.HR_OFFICER;
import static dev.thyrida.policy.fixture.People.OTHER;
import static dev.thyrida.policy.fixture.People.SUPERVISOR;
import static dev.thyrida.policy.fixture.People.employee;
import static dev.thyrida.policy.fixture.People.username;
import static dev.thyrida.policy.fixture.World.INACTIVE;
import static dev.thyrida.policy.fixture.World.MAILBOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.command.ActivateMailbox;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.Command;
import dev.thyrida.core.command.RecordPosting;
import dev.thyrida.core.command.RecordPostingEnd;
import dev.thyrida.core.command.RegisterEmployee;
import dev.thyrida.core.command.WithdrawAuthorisation;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.core.identity.PersonName;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import dev.thyrida.policy.access.Access;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.access.AccessDecision;
import dev.thyrida.policy.access.Action;
import dev.thyrida.policy.access.Target;
import dev.thyrida.policy.decide.DecideCode;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.fixture.World;
import dev.thyrida.policy.governance.GovernanceCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The defects measured against the first milestone's main (issue 11), each as a regression: commands
 * were accepted where {@code Access.decide} refused the same person on the same mailbox.
 */
@DisplayName("L26-3, K1, K3, K8, D10: one rule kernel: a decided command passes the access rules Access.decide runs")
class OneMechanismTest {

  private final World world = World.standard();

  private static Principal.Employee signedInAs(Principal.Employee employee, ServiceUsername username) {
    return new Principal.Employee(employee.identity(), employee.authentication(), Optional.of(username));
  }

  private void assertRefusedLikeAccess(Command command, Action action, Target target, ViolationCode code) {
    Decision decision = world.when(command);
    AccessDecision access = Access.decide(command.actor(), action, target, world.directory(), GovernanceRules.defaults());
    assertFalse(decision.isAccepted(), decision::toString);
    assertTrue(decision.codes().contains(code), decision::toString);
    assertTrue(access.has(code), access::toString);
    assertTrue(decision.violations().containsAll(access.violations()), decision::toString);
  }

  @Test
  @DisplayName("K1, K3: in production AddHandler by service credentials that match no account is refused, as access is")
  void addHandlerWithCredentialsOfNoAccount() {
    Principal.Employee noSuchAccount = signedInAs(employee(SUPERVISOR), ServiceUsername.of("nobody_at_all"));
    assertRefusedLikeAccess(new AddHandler(noSuchAccount, world.now(), MAILBOX, CLERK), Action.MANAGE_HANDLERS,
        Target.mailbox(MAILBOX), AccessCode.SERVICE_USERNAME_MISMATCH);
  }

  @Test
  @DisplayName("K1, D4: in production AddHandler signed in as another person's username is refused, as access is")
  void addHandlerAsAnotherPersonsUsername() {
    Principal.Employee impostor = signedInAs(employee(SUPERVISOR), username(CLERK));
    assertRefusedLikeAccess(new AddHandler(impostor, world.now(), MAILBOX, CLERK), Action.MANAGE_HANDLERS,
        Target.mailbox(MAILBOX), AccessCode.SERVICE_USERNAME_MISMATCH);
  }

  @Test
  @DisplayName("K8, X5: in production AddHandler and ActivateMailbox after the agency withdrew the authorisation are refused")
  void afterTheAuthorisationWasWithdrawn() {
    world.given(new WithdrawAuthorisation(employee(HR_OFFICER), world.now(), SUPERVISOR,
        GovernanceRules.defaults().application()));
    assertRefusedLikeAccess(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK), Action.MANAGE_HANDLERS,
        Target.mailbox(MAILBOX), AccessCode.NO_AUTHORISATION);
    assertRefusedLikeAccess(new ActivateMailbox(employee(SUPERVISOR), world.now(), INACTIVE), Action.ACTIVATE_MAILBOX,
        Target.mailbox(INACTIVE), AccessCode.NO_AUTHORISATION);
  }

  @Test
  @DisplayName("K3, K8: in production ActivateMailbox by the current supervisor who has no service account is refused")
  void activateByASupervisorWithoutAnAccount() {
    TaxId newcomer = TaxId.of("033333333");
    world.given(new RegisterEmployee(HR, world.now(), newcomer, PersonName.of("Άννα", "Νέα"), World.MUNICIPALITY));
    Instant appointed = world.now();
    world.given(new AppointSupervisor(HR, appointed, World.KEP_2, newcomer, appointed));
    assertRefusedLikeAccess(new ActivateMailbox(employee(newcomer), world.now(), World.OTHER_KEP_MAILBOX),
        Action.ACTIVATE_MAILBOX, Target.mailbox(World.OTHER_KEP_MAILBOX), AccessCode.NO_SERVICE_ACCOUNT);
    assertEquals(List.of(AccessCode.NO_SERVICE_ACCOUNT, AccessCode.NO_AUTHORISATION),
        world.when(new ActivateMailbox(employee(newcomer), world.now(), World.OTHER_KEP_MAILBOX)).codes());
    world.withAccount(newcomer);
    assertTrue(world.when(new ActivateMailbox(employee(newcomer), world.now(), World.OTHER_KEP_MAILBOX)).isAccepted());
  }

  @Test
  @DisplayName("D10, C3, D8: a back-dated AddHandler, decided after the transfer ended, is refused naming both instants")
  void backDatedCommandIsRefused() {
    Instant january = Instant.parse("2026-02-01T08:00:00Z");
    Instant march = Instant.parse("2026-03-02T08:00:00Z");
    Instant july = Instant.parse("2026-07-01T08:00:00Z");
    PostingId transfer = PostingId.of("p-transfer");
    world.given(new RecordPosting(HR, january, World.byDecision(transfer, OTHER, World.KEP, PostingBasis.TRANSFER_BY_DECISION,
        StaffBranch.KEP_STAFF_BRANCH, january, Optional.empty())));
    world.given(new RecordPostingEnd(HR, july, OTHER, transfer, july));
    Decision decision = world.when(new AddHandler(employee(SUPERVISOR), march, MAILBOX, OTHER));
    assertEquals(List.of(DecideCode.ISSUED_BEFORE_DIRECTORY), decision.codes());
    assertEquals(march.toString(), decision.violations().get(0).parameter("issuedAt"));
    assertEquals(july.toString(), decision.violations().get(0).parameter("directoryAt"));
    assertEquals(List.of(GovernanceCode.NOT_ELIGIBLE_AT_KEP),
        world.when(new AddHandler(employee(SUPERVISOR), july.plusSeconds(60), MAILBOX, OTHER)).codes());
  }
}
