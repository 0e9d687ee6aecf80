package dev.thyrida.core.request;

import dev.thyrida.core.identity.Shape;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * How long a mailbox keeps a document (διατήρηση): 30 days by default, or up to 5 years where the
 * holder so chose (X1 §2). The limits are X1's defaults; a policy may use others.
 *
 * @param keepUntil the instant until which it is kept
 * @param extended whether the holder chose a longer retention
 */
public record Retention(Instant keepUntil, boolean extended) {

  /** The default retention of X1: 30 days. */
  public static final Duration DEFAULT = Duration.ofDays(30);

  /** The longest retention a holder may choose under X1, in years from issue. */
  public static final int MAX_YEARS = 5;

  /**
   * Checks the instant is present.
   *
   * @param keepUntil the instant
   * @param extended whether extended
   * @throws dev.thyrida.core.identity.InvalidValueException when the instant is missing
   */
  public Retention {
    Shape.required("Retention", "keepUntil", keepUntil);
  }

  /**
   * The default retention of a document issued at an instant: 30 days (X1).
   *
   * @param issuedAt when the document was issued
   * @return the retention, not extended
   */
  public static Retention standard(Instant issuedAt) {
    return new Retention(issuedAt.plus(DEFAULT), false);
  }

  /**
   * The latest instant a holder may extend to under X1: five calendar years after issue (UTC).
   *
   * @param issuedAt when the document was issued
   * @return the latest keep-until instant
   */
  public static Instant latestKeepUntil(Instant issuedAt) {
    return issuedAt.atOffset(ZoneOffset.UTC).plusYears(MAX_YEARS).toInstant();
  }
}
