package dev.thyrida.policy.governance;

import static dev.thyrida.policy.fixture.People.CLERK;
import static dev.thyrida.policy.fixture.People.HR;
import static dev.thyrida.policy.fixture.People.OTHER;
import static dev.thyrida.policy.fixture.People.SUPERVISOR;
import static dev.thyrida.policy.fixture.People.T0;
import static dev.thyrida.policy.fixture.People.employee;
import static dev.thyrida.policy.fixture.World.CLERK_POSTING;
import static dev.thyrida.policy.fixture.World.KEP;
import static dev.thyrida.policy.fixture.World.MAILBOX;
import static dev.thyrida.policy.fixture.World.MAILBOX_2;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.command.AddHandler;
import dev.thyrida.core.command.RecordPosting;
import dev.thyrida.core.command.RecordPostingEnd;
import dev.thyrida.core.decision.Decision;
import dev.thyrida.core.event.HandlerRemoved;
import dev.thyrida.core.event.PostingEnded;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import dev.thyrida.policy.fixture.World;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("D8, C5: the end of a posting and the user assignments it justified")
class PostingEndTest {

  @Test
  @DisplayName("D8: ending the only posting at the KEP removes the user's assignments there in the same decision")
  void removesAssignmentsAtThatKep() {
    World world = World.standard();
    world.given(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK));
    world.given(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX_2, CLERK));
    Instant at = world.now();
    Decision decision = world.when(new RecordPostingEnd(HR, at, CLERK, CLERK_POSTING, at));
    assertEquals(List.of(PostingEnded.class, HandlerRemoved.class, HandlerRemoved.class),
        decision.events().stream().map(Object::getClass).toList());
    assertEquals(Clause.D8, ((HandlerRemoved) decision.events().get(1)).clause());
  }

  @Test
  @DisplayName("D8, C3: an assignment another posting at the same KEP still justifies stays")
  void keepsAssignmentStillJustified() {
    World world = World.standard();
    world.given(new RecordPosting(HR, world.now(), World.byDecision(PostingId.of("p-transfer"), CLERK, KEP,
        PostingBasis.TRANSFER_BY_DECISION, StaffBranch.KEP_STAFF_BRANCH, T0, Optional.empty())));
    world.given(new AddHandler(employee(SUPERVISOR), world.now(), MAILBOX, CLERK));
    Instant at = world.now();
    assertEquals(List.of(PostingEnded.class), world.when(new RecordPostingEnd(HR, at, CLERK, CLERK_POSTING, at))
        .events().stream().map(Object::getClass).toList());
  }

  @Test
  @DisplayName("D8: the posting ended must exist, be the employee's, and end after it began")
  void refusesWrongPostingEnd() {
    World world = World.standard();
    Instant at = world.now();
    assertEquals(List.of(GovernanceCode.POSTING_NOT_FOUND),
        world.when(new RecordPostingEnd(HR, at, CLERK, PostingId.of("nope"), at)).codes());
    assertEquals(List.of(GovernanceCode.POSTING_NOT_OF_EMPLOYEE),
        world.when(new RecordPostingEnd(HR, at, OTHER, CLERK_POSTING, at)).codes());
    assertEquals(List.of(GovernanceCode.POSTING_END_BEFORE_START),
        world.when(new RecordPostingEnd(HR, at, CLERK, CLERK_POSTING, T0)).codes());
  }

  @Test
  @DisplayName("D8: an end only comes earlier than one already recorded")
  void refusesLaterEnd() {
    World world = World.standard();
    Instant at = world.now();
    world.given(new RecordPostingEnd(HR, at, CLERK, CLERK_POSTING, at));
    Instant later = world.now();
    assertEquals(List.of(GovernanceCode.POSTING_ALREADY_ENDED),
        world.when(new RecordPostingEnd(HR, later, CLERK, CLERK_POSTING, later)).codes());
  }
}
