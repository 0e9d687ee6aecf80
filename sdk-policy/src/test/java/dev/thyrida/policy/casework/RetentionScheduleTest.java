package dev.thyrida.policy.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.InvalidValueException;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.request.Document;
import dev.thyrida.core.request.DocumentOrigin;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("X1: retention of documents in a person's mailbox")
class RetentionScheduleTest {

  private static final Instant ISSUED = Instant.parse("2026-02-28T10:00:00Z");
  private static final RetentionSchedule SCHEDULE = RetentionSchedule.defaults();

  private static Document document(String id) {
    return Document.issued(DocumentId.of(id), TaxId.of("068933130"), new DocumentOrigin.IssuedByPerson(), ISSUED);
  }

  @Test
  @DisplayName("X1: a document is kept 30 days and is due from the first instant after")
  void keepsThirtyDays() {
    Document document = document("d1");
    Instant due = ISSUED.plus(Duration.ofDays(30));
    assertEquals(due, SCHEDULE.deletionDue(document));
    assertFalse(SCHEDULE.isDue(document, due.minusNanos(1)));
    assertTrue(SCHEDULE.isDue(document, due));
  }

  @Test
  @DisplayName("X1: a holder's longer choice is kept")
  void keepsTheHoldersChoice() {
    Instant chosen = ISSUED.plus(Duration.ofDays(400));
    Document document = document("d1").extendedUntil(chosen);
    assertFalse(SCHEDULE.isDue(document, chosen.minusSeconds(1)));
    assertTrue(SCHEDULE.isDue(document, chosen));
  }

  @Test
  @DisplayName("X1: never beyond 5 calendar years from issue (UTC)")
  void capsAtFiveYears() {
    Document document = document("d1").extendedUntil(ISSUED.plus(Duration.ofDays(365 * 9)));
    assertEquals(Instant.parse("2031-02-28T10:00:00Z"), SCHEDULE.deletionDue(document));
    assertEquals(Instant.parse("2031-02-28T10:00:00Z"), SCHEDULE.latestKeepUntil(ISSUED));
  }

  @Test
  @DisplayName("X1: the documents due at an instant, in the order given")
  void listsTheDue() {
    Document standard = document("d1");
    Document kept = document("d2").extendedUntil(ISSUED.plus(Duration.ofDays(90)));
    Document also = document("d3");
    Instant at = ISSUED.plus(Duration.ofDays(31));
    assertEquals(List.of(standard, also), SCHEDULE.dueForDeletion(List.of(standard, kept, also), at));
  }

  @Test
  @DisplayName("X1: an integrator's own terms apply, and a longest term shorter than the standard is refused")
  void ownTerms() {
    RetentionSchedule week = new RetentionSchedule(Duration.ofDays(7), Period.ofYears(1));
    assertEquals(ISSUED.plus(Duration.ofDays(7)), week.deletionDue(document("d1")));
    assertThrows(InvalidValueException.class, () -> new RetentionSchedule(Duration.ofDays(60), Period.ofMonths(1)));
    assertThrows(InvalidValueException.class, () -> new RetentionSchedule(Duration.ZERO, Period.ofYears(1)));
  }
}
