package dev.thyrida.core.staff;

import static dev.thyrida.core.fixture.Sample.CLERK;
import static dev.thyrida.core.fixture.Sample.MUNICIPALITY;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.identity.PersonName;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** C6, D10: public-servant status at an instant (issue 13: PIT found no core test of these). */
class ServantStatusTest {

  private static final Instant LOSS = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  @DisplayName("C6: an active servant holds the status at every instant")
  void activeHoldsAlways() {
    Employee clerk = Employee.active(CLERK, PersonName.of("Ελένη", "Δημητρίου"), MUNICIPALITY);
    assertTrue(clerk.isActive());
    assertTrue(clerk.inServiceAt(Instant.EPOCH));
    assertTrue(clerk.inServiceAt(LOSS));
  }

  @Test
  @DisplayName("C6, D10: a lost status is held before it takes effect, and not at or after that instant")
  void lossTakesEffectAtItsInstant() {
    Employee former = Employee.active(CLERK, PersonName.of("Ελένη", "Δημητρίου"), MUNICIPALITY)
        .withStatus(new ServantStatus.Lost(LOSS, LossReason.RETIREMENT));
    assertFalse(former.isActive());
    assertTrue(former.inServiceAt(LOSS.minusNanos(1)));
    assertFalse(former.inServiceAt(LOSS));
    assertFalse(former.inServiceAt(LOSS.plusSeconds(1)));
  }
}
