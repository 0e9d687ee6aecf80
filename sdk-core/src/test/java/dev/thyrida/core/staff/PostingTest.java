package dev.thyrida.core.staff;

import static dev.thyrida.core.fixture.Sample.CLERK;
import static dev.thyrida.core.fixture.Sample.KEP;
import static dev.thyrida.core.fixture.Sample.at;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.identity.DecisionReference;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.PostingId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Posting — well-formedness (C3, D8)")
class PostingTest {

  private static Posting posting(PostingBasis basis, Optional<DecisionReference> decision, Optional<Instant> until) {
    return new Posting(PostingId.of("P1"), CLERK, KEP, basis, StaffBranch.KEP_STAFF_BRANCH, decision, at(0), until);
  }

  @ParameterizedTest(name = "C3: a {0} posting needs its decision's protocol number")
  @EnumSource(value = PostingBasis.class, names = {"TRANSFER_BY_DECISION", "PLACEMENT_BY_DECISION"})
  void decisionBasesNeedAReference(PostingBasis basis) {
    assertThrows(InvalidValueException.class, () -> posting(basis, Optional.empty(), Optional.empty()));
    assertTrue(posting(basis, Optional.of(DecisionReference.of("5/2026")), Optional.empty()).validAt(at(1)));
  }

  @ParameterizedTest(name = "D8: a {0} posting is valid from its start, until (not at) its end")
  @EnumSource(PostingBasis.class)
  void validityIsHalfOpen(PostingBasis basis) {
    Posting bounded = posting(basis, Optional.of(DecisionReference.of("5/2026")), Optional.of(at(10)));
    assertFalse(bounded.validAt(at(-1)));
    assertTrue(bounded.validAt(at(0)));
    assertTrue(bounded.validAt(at(9)));
    assertFalse(bounded.validAt(at(10)));
    assertThrows(InvalidValueException.class, () -> bounded.endingAt(at(0)));
  }
}
