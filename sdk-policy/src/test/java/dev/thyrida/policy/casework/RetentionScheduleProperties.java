package dev.thyrida.policy.casework;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.request.Document;
import dev.thyrida.core.request.DocumentOrigin;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("X1: properties of the retention schedule")
class RetentionScheduleProperties {

  private static final RetentionSchedule SCHEDULE = RetentionSchedule.defaults();
  private static final long TEN_YEARS = 10L * 366 * 24 * 3600;

  private static Document document(long issuedSecond, long keptSeconds, boolean extended) {
    Instant issued = Instant.ofEpochSecond(issuedSecond);
    Document document = Document.issued(DocumentId.of("d"), TaxId.of("068933130"), new DocumentOrigin.IssuedByPerson(),
        issued);
    return extended ? document.extendedUntil(issued.plusSeconds(keptSeconds)) : document;
  }

  @Test
  @DisplayName("X1: no document is ever kept beyond 5 years from issue, whatever its holder chose")
  void neverBeyondFiveYears() {
    qt().forAll(longs().between(0, 4_000_000_000L), longs().between(0, TEN_YEARS)).checkAssert((issued, kept) -> {
      Document document = document(issued, kept, true);
      assertFalse(SCHEDULE.deletionDue(document).isAfter(SCHEDULE.latestKeepUntil(document.issuedAt())));
    });
  }

  @Test
  @DisplayName("X1: once due, a document stays due; before its due instant it is not")
  void dueIsMonotone() {
    qt().forAll(longs().between(0, 4_000_000_000L), longs().between(0, TEN_YEARS), longs().between(1, TEN_YEARS))
        .checkAssert((issued, kept, later) -> {
          for (boolean extended : new boolean[] {false, true}) {
            Document document = document(issued, kept, extended);
            Instant due = SCHEDULE.deletionDue(document);
            assertTrue(SCHEDULE.isDue(document, due) && SCHEDULE.isDue(document, due.plusSeconds(later)));
            assertFalse(SCHEDULE.isDue(document, due.minusSeconds(1)));
          }
        });
  }
}
