package dev.thyrida.portal.web;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** The portal's clock: the SDK reads none, so the edge gives every command its instant (D10). */
@Component
public class Now {

  private final Clock clock = Clock.systemUTC();

  /** Spring creates it. */
  Now() {}

  /**
   * The current instant.
   *
   * @return now
   */
  public Instant instant() {
    return clock.instant();
  }
}
