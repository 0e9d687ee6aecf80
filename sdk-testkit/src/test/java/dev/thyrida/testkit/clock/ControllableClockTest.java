package dev.thyrida.testkit.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ControllableClockTest {

  private static final Instant START = Instant.parse("2026-01-01T08:00:00Z");

  @Test
  void standsStillUntilMoved() {
    ControllableClock clock = ControllableClock.at(START);
    assertEquals(START, clock.instant());
    assertEquals(START, clock.instant());
  }

  @Test
  void advancesAndSharesTimeWithItsZonedCopies() {
    ControllableClock clock = ControllableClock.at(START);
    var athens = clock.withZone(ZoneId.of("Europe/Athens"));
    clock.advance(Duration.ofHours(2));
    assertEquals(START.plusSeconds(7200), athens.instant());
  }

  @Test
  void refusesANegativeStep() {
    ControllableClock clock = ControllableClock.at(START);
    assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
    assertEquals(START, clock.instant());
  }
}
