package dev.thyrida.core.request;

import static dev.thyrida.core.fixture.Sample.CITIZEN;
import static dev.thyrida.core.fixture.Sample.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.RequestId;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Documents and requests — L26-1, L26-2, X1, X2")
class DocumentTest {

  @Test
  @DisplayName("X1: a document is kept 30 days by default, and may be extended to at most 5 years")
  void retention() {
    Document document = Document.issued(DocumentId.of("D1"), CITIZEN, new DocumentOrigin.IssuedByPerson(), T0);
    assertEquals(Instant.parse("2026-02-04T08:00:00Z"), document.retention().keepUntil());
    assertFalse(document.retention().extended());
    assertEquals(Instant.parse("2031-01-05T08:00:00Z"), Retention.latestKeepUntil(T0));
    assertTrue(document.extendedUntil(Retention.latestKeepUntil(T0)).retention().extended());
  }

  @Test
  @DisplayName("X2: a request moves from submitted to closed; a rejection needs its reason")
  void requestStates() {
    CitizenRequest request = CitizenRequest.submitted(RequestId.of("R1"), CITIZEN, MailboxId.of("m1"), T0);
    assertFalse(request.state().isClosed());
    assertTrue(request.withState(new RequestState.Rejected(CITIZEN, "INCOMPLETE", T0)).state().isClosed());
    assertThrows(InvalidValueException.class, () -> new RequestState.Rejected(CITIZEN, " ", T0));
  }
}
