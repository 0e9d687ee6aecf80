package dev.thyrida.policy.governance;

import static dev.thyrida.policy.fixture.People.CLERK;
import static dev.thyrida.policy.fixture.People.HR;
import static dev.thyrida.policy.fixture.People.INCOMING;
import static dev.thyrida.policy.fixture.People.OFFICIAL;
import static dev.thyrida.policy.fixture.People.OTHER;
import static dev.thyrida.policy.fixture.People.SUPERVISOR;
import static dev.thyrida.policy.fixture.People.T0;
import static dev.thyrida.policy.fixture.People.employee;
import static dev.thyrida.policy.fixture.People.ministry;
import static dev.thyrida.policy.fixture.World.CLERK_POSTING;
import static dev.thyrida.policy.fixture.World.KEP;
import static dev.thyrida.policy.fixture.World.KEP_2;
import static dev.thyrida.policy.fixture.World.MAILBOX;
import static dev.thyrida.policy.fixture.World.OTHER_KEP_MAILBOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.command.ActivateMailbox;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.AppointSupervisor;
import dev.thyrida.core.command.ApproveDesignation;
import dev.thyrida.core.command.DesignateAdministrator;
import dev.thyrida.core.command.RecordPosting;
import dev.thyrida.core.command.RecordPostingEnd;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.command.RecoverAdministrator;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.event.HandlerRemoved;
import dev.thyrida.core.event.PostingEnded;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.fixture.World;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** D8, X3, D7: the cases PIT showed no test noticed (issue 13). */
class GovernanceSurvivorsTest {

  @Test
  @DisplayName("D8: ending a posting at one KEP removes the roles at that KEP only, not at another KEP")
  void postingEndStaysAtItsKep() {
    World world = World.standard();
    world.given(new RecordPosting(HR, world.now(), World.organic(PostingId.of("p-other"), OTHER, KEP_2, T0)));
    world.given(new RecordPosting(HR, world.now(), World.organic(PostingId.of("p-clerk-2"), CLERK, KEP_2, T0)));
    Instant appointed = world.now();
    world.given(new AppointSupervisor(HR, appointed, KEP_2, OTHER, appointed));
    world.given(new ActivateMailbox(employee(OTHER), world.now(), OTHER_KEP_MAILBOX));
    world.given(new AddHandler(employee(OTHER), world.now(), OTHER_KEP_MAILBOX, CLERK));
    world.given(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK));
    Instant at = world.now();
    Decision decision = world.when(new RecordPostingEnd(HR, at, CLERK, CLERK_POSTING, at));
    assertEquals(List.of(PostingEnded.class, HandlerRemoved.class),
        decision.events().stream().map(Object::getClass).toList());
    assertEquals(MAILBOX, ((HandlerRemoved) decision.events().get(1)).mailbox());
  }

  @Test
  @DisplayName("D8: a posting ended at a later date removes the roles it justified in the same decision")
  void futureEndRemovesAtOnce() {
    World world = World.standard();
    world.given(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK));
    Instant at = world.now();
    Decision decision = world.when(new RecordPostingEnd(HR, at, CLERK, CLERK_POSTING, at.plusSeconds(86_400 * 7)));
    assertEquals(List.of(PostingEnded.class, HandlerRemoved.class),
        decision.events().stream().map(Object::getClass).toList());
  }

  @Test
  @DisplayName("X3: the Ministry approves only the person whose designation waits, not another")
  void approvalOfAnotherPersonIsRefused() {
    World world = World.standard(GovernanceRules.builder().handoverNeedsApproval(true).build());
    Instant at = world.now();
    world.given(new AppointSupervisor(HR, at, KEP, INCOMING, at));
    world.given(new DesignateAdministrator(employee(SUPERVISOR), world.now(), MAILBOX, INCOMING));
    Decision other = world.when(new ApproveDesignation(ministry(OFFICIAL), world.now(), MAILBOX, CLERK));
    assertTrue(other.codes().contains(GovernanceCode.DESIGNATION_NOT_PENDING), other.codes()::toString);
    assertTrue(world.when(new ApproveDesignation(ministry(OFFICIAL), world.now(), MAILBOX, INCOMING)).isAccepted());
  }

  @Test
  @DisplayName("D7: a recovery reason of exactly the minimum length is enough; one character less is not")
  void recoveryReasonAtItsMinimum() {
    World world = World.standard();
    Instant lost = world.now();
    world.given(new RecordStatusLoss(HR, lost, SUPERVISOR, lost, LossReason.RETIREMENT));
    Instant at = world.now();
    world.given(new AppointSupervisor(HR, at, KEP, INCOMING, at));
    // a reason never has white space at its ends (the command refuses it), so its length is its own
    String minimum = "Αιτία " + "Α".repeat(RecoveryReason.MINIMUM - 6);
    Decision tooShort = world.when(new RecoverAdministrator(ministry(OFFICIAL), world.now(), MAILBOX, INCOMING,
        minimum.substring(1)));
    assertEquals(List.of(GovernanceCode.RECOVERY_REASON_REQUIRED), tooShort.codes());
    assertEquals(Integer.toString(RecoveryReason.MINIMUM - 1), tooShort.violations().get(0).parameters().get("length"));
    assertEquals(Integer.toString(RecoveryReason.MINIMUM), tooShort.violations().get(0).parameters().get("minimum"));
    assertTrue(world.when(new RecoverAdministrator(ministry(OFFICIAL), world.now(), MAILBOX, INCOMING, minimum))
        .isAccepted());
  }
}
