package dev.thyrida.testkit.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it: {@link #advance(Duration)} or
 * {@link #setTo(Instant)}. Thread-safe. Time never moves backwards unless {@link #setTo} is asked to.
 */
public final class ControllableClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private ControllableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A clock standing at the given instant, in UTC.
   *
   * @param start the instant it shows until moved
   * @return the clock
   */
  public static ControllableClock at(Instant start) {
    Objects.requireNonNull(start, "start instant is required");
    return new ControllableClock(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  /**
   * Moves the clock forward.
   *
   * @param step a non-negative duration
   * @return the new instant
   * @throws IllegalArgumentException when the step is negative
   */
  public Instant advance(Duration step) {
    Objects.requireNonNull(step, "step is required");
    if (step.isNegative()) {
      throw new IllegalArgumentException("a clock advances by a non-negative step, not " + step);
    }
    return now.updateAndGet(instant -> instant.plus(step));
  }

  /**
   * Sets the clock to an instant, earlier or later.
   *
   * @param instant the new instant
   */
  public void setTo(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant is required"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new ControllableClock(now, Objects.requireNonNull(newZone, "zone is required"));
  }

  @Override
  public String toString() {
    return "ControllableClock[" + now.get() + ", " + zone + "]";
  }
}
