package dev.thyrida.policy.governance;

import static dev.thyrida.policy.fixture.People.CLERK;
import static dev.thyrida.policy.fixture.People.HR;
import static dev.thyrida.policy.fixture.People.OTHER;
import static dev.thyrida.policy.fixture.People.T0;
import static dev.thyrida.policy.fixture.People.at;
import static dev.thyrida.policy.fixture.World.KEP;
import static dev.thyrida.policy.fixture.World.KEP_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.command.RecordPosting;
import dev.thyrida.core.command.RecordStatusLoss;
import dev.thyrida.core.identity.PostingId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.staff.LossReason;
import dev.thyrida.core.staff.PostingBasis;
import dev.thyrida.core.staff.StaffBranch;
import dev.thyrida.policy.fixture.World;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("C3, C6, D8: who is eligible as a user of a KEP's mailbox, and why not")
class EligibilityTest {

  @ParameterizedTest(name = "C3: {0} of {1} -> eligible {2}")
  @CsvSource({
      "ORGANIC_POSITION, KEP_STAFF_BRANCH, true",
      "TRANSFER_BY_DECISION, KEP_STAFF_BRANCH, true",
      "PLACEMENT_BY_DECISION, OTHER_MUNICIPAL, true",
      "ORGANIC_POSITION, OTHER_MUNICIPAL, false",
      "TRANSFER_BY_DECISION, OTHER_MUNICIPAL, false",
      "PLACEMENT_BY_DECISION, KEP_STAFF_BRANCH, false"})
  @DisplayName("C3: the three cases of the circular, and nothing else")
  void threeCases(PostingBasis basis, StaffBranch branch, boolean eligible) {
    World world = World.standard();
    world.given(new RecordPosting(HR, world.now(), basis == PostingBasis.ORGANIC_POSITION
        ? new dev.thyrida.core.staff.Posting(PostingId.of("p-x"), OTHER, KEP, basis, branch, Optional.empty(), T0, Optional.empty())
        : World.byDecision(PostingId.of("p-x"), OTHER, KEP, basis, branch, T0, Optional.empty())));
    EligibilityVerdict verdict = Eligibility.assess(OTHER, KEP, world.now(), world.directory());
    assertEquals(eligible, verdict.eligible());
    assertEquals(eligible ? List.of() : List.of(Ineligibility.BRANCH_DOES_NOT_MATCH_BASIS), verdict.reasons());
  }

  @Test
  @DisplayName("D8: a placement valid until a date stops making the employee eligible then")
  void timeBoundedPlacement() {
    World world = World.standard();
    Instant until = at(100);
    world.given(new RecordPosting(HR, world.now(), World.byDecision(PostingId.of("p-x"), OTHER, KEP,
        PostingBasis.PLACEMENT_BY_DECISION, StaffBranch.OTHER_MUNICIPAL, T0, Optional.of(until))));
    assertTrue(Eligibility.isEligible(OTHER, KEP, until.minusSeconds(1), world.directory()));
    assertEquals(List.of(Ineligibility.POSTING_NOT_VALID_THEN),
        Eligibility.assess(OTHER, KEP, until, world.directory()).reasons());
  }

  @Test
  @DisplayName("C3, C6: reasons for an unknown person, another KEP, and a lost status")
  void reasons() {
    World world = World.standard();
    assertEquals(List.of(Ineligibility.NOT_REGISTERED, Ineligibility.NO_POSTING_AT_KEP),
        Eligibility.assess(TaxId.of("123456783"), KEP, world.now(), world.directory()).reasons());
    assertEquals(List.of(Ineligibility.NO_POSTING_AT_KEP),
        Eligibility.assess(CLERK, KEP_2, world.now(), world.directory()).reasons());
    Instant at = world.now();
    world.given(new RecordStatusLoss(HR, at, CLERK, at, LossReason.RESIGNATION));
    EligibilityVerdict verdict = Eligibility.assess(CLERK, KEP, world.now(), world.directory());
    assertEquals(List.of(Ineligibility.STATUS_LOST), verdict.reasons());
    assertTrue(verdict.postingReason().isEmpty());
  }
}
