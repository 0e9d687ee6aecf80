package dev.thyrida.core.request;

import static dev.thyrida.core.fixture.Sample.CLERK;
import static dev.thyrida.core.fixture.Sample.T0;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.identity.DocumentId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** L26-2, X2: which request states are closed (issue 13: PIT survivors). */
class RequestStateTest {

  @Test
  @DisplayName("L26-2, X2: a submitted or assigned request is open; a completed or rejected one is closed")
  void closedStates() {
    assertFalse(new RequestState.Submitted().isClosed());
    assertFalse(new RequestState.Assigned(CLERK, T0).isClosed());
    assertTrue(new RequestState.Completed(CLERK, DocumentId.of("D1"), T0).isClosed());
    assertTrue(new RequestState.Rejected(CLERK, "incomplete file", T0).isClosed());
  }
}
